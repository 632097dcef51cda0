import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { LocatedTable } from '../sheets/locateTable';
import { NO_DATA_FILL, NO_DATA_FONT_COLOR, NO_DATA_RATING, RiskSettings } from './RiskSettings';
import type { RiskResult } from './RiskResult';
import { RISK_OUTPUT_COLUMNS, RiskOutputKey } from './locateRiskTable';

const EMPTY: OutputCell = { value: null };

function ratingCell(result: RiskResult, settings: RiskSettings): OutputCell {
  if (result.rating === undefined) return EMPTY;
  const band = settings.bands.find((b) => b.label === result.rating);
  const fill = band?.fill ?? NO_DATA_FILL;
  const fontColor = band?.fontColor ?? NO_DATA_FONT_COLOR;
  return { value: result.rating, fill, fontColor, bold: result.rating !== NO_DATA_RATING, horizontalAlignment: 'center' };
}

function cellFor(key: RiskOutputKey, result: RiskResult | undefined, settings: RiskSettings): OutputCell {
  if (result === undefined) return EMPTY;
  switch (key) {
    case 'harmScore':
      return result.harmScore === undefined || result.notScored ? EMPTY : { value: result.harmScore, numberFormat: '0.0' };
    case 'riskScore':
      return result.riskScore === undefined ? EMPTY : { value: result.riskScore, numberFormat: '0.0' };
    case 'riskRating':
      return ratingCell(result, settings);
    case 'riskRank':
      return result.rank === undefined ? EMPTY : { value: result.rank, numberFormat: '0', horizontalAlignment: 'center' };
    case 'reason':
      return result.reason === '' ? EMPTY : { value: result.reason, wrapText: true };
  }
}

/**
 * The five output columns: existing ones filled in place, missing ones added to the right of the table
 * in canonical order with their headers. `byRow` maps each data row to its result (undefined for rows
 * with no inputs, whose outputs are emptied).
 */
export function riskOutputColumns(
  sheet: string,
  table: LocatedTable,
  existing: Partial<Record<RiskOutputKey, number>>,
  byRow: ReadonlyMap<number, RiskResult>,
  settings: RiskSettings,
): ColumnWrite[] {
  let next = table.lastHeaderColumn + 1;
  return RISK_OUTPUT_COLUMNS.map((spec) => {
    const found = existing[spec.key];
    const column = found ?? next++;
    const cells: OutputCell[] = [];
    for (let row = table.firstRow; row < table.endRow; row++) cells.push(cellFor(spec.key, byRow.get(row), settings));
    return { sheet, headerRow: table.headerRow, column, header: spec.canonical, writeHeader: found === undefined, firstRow: table.firstRow, cells };
  });
}
