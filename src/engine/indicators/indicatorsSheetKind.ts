import type { SheetKind } from '../sheets/SheetKind';
import { calculateIndicatorsSheet } from './calculateIndicatorsSheet';
import { INDICATOR_COLUMNS, INDICATOR_REQUIRED_HEADERS, isIndicatorHeader } from './indicatorColumns';

/** The Indicators sheet (contract §1): the dashboard's supporting indicators, one per row. */
export const indicatorsSheetKind: SheetKind = {
  kind: 'indicators',
  title: 'Indicators',
  columns: INDICATOR_COLUMNS,
  requiredHeaders: INDICATOR_REQUIRED_HEADERS,
  isComplete: isIndicatorHeader,
  nameHint: /indicator|appendix/i,
  calculate: calculateIndicatorsSheet,
};
