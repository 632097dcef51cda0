import type { IndicatorResult } from '../CalculationResult';
import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import type { ComparisonCellOf, ComparisonColumn } from '../sheets/SheetKind';

const COLUMNS: Readonly<Record<'peerPeriodMissing' | 'districtPeriodMissing', ReadonlyArray<ComparisonColumn>>> = {
  peerPeriodMissing: ['nearestNeighbour', 'countyComparison'],
  districtPeriodMissing: ['districtComparison'],
};

/**
 * The warning for an indicator whose current period (on its Indicators row) has no group on a Peers
 * or Districts sheet that holds other periods for it (groupForPeriod gave none): its comparison cells
 * are left as they are rather than filled from another period. The finding sits on the row's
 * comparison cell when the sheet has that column, else on its Indicator cell.
 */
export function periodMissingFinding(
  key: keyof typeof COLUMNS,
  sheet: string,
  row: IndicatorResult,
  periods: ReadonlyArray<string | undefined>,
  comparisonCells: ReadonlyMap<string, ComparisonCellOf> | undefined,
): Finding {
  const cell = comparisonCells?.get(row.sheet)?.(row.row, COLUMNS[key]) ?? cellAddress(row.row, 0);
  const has = periods.filter((p) => p !== undefined && p !== '').join(', ');
  return makeFinding(key, { sheet: row.sheet, cell }, { sheet, indicator: row.indicator, period: row.current.period ?? '', has });
}
