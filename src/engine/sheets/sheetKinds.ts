import { indicatorsSheetKind } from '../indicators/indicatorsSheetKind';
import { riskSheetKind } from '../risk/riskSheetKind';
import { districtsSheetKind } from '../districts/districtsSheetKind';
import { peersSheetKind } from '../peers/peersSheetKind';
import { trendsSheetKind } from '../trends/trendsSheetKind';
import type { SheetKind } from './SheetKind';

/**
 * Every input sheet kind, in calculation order. Indicators comes first: the other kinds read its
 * polarities, and feed its comparison columns back through SheetOutput.comparisons.
 * Add a kind with one line here (districtsSheetKind, peersSheetKind, trendsSheetKind, riskSheetKind).
 */
export const SHEET_KINDS: ReadonlyArray<SheetKind> = [indicatorsSheetKind, districtsSheetKind, peersSheetKind, trendsSheetKind, riskSheetKind];
