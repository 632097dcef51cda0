import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { LocatedTable } from '../sheets/locateTable';
import { NO_DATA_FILL, NO_DATA_FONT_COLOR, NO_DATA_RATING, RiskSettings } from './RiskSettings';
import type { RiskResult } from './RiskResult';
import { RISK_OUTPUT_COLUMNS, RiskOutputKey } from './locateRiskTable';

const EMPTY: OutputCell = { value: null };

/** One cell per rating, shared by every row with that rating (a sheet has only a few). */
function ratingCells(settings: RiskSettings): (rating: string) => OutputCell {
  const cells = new Map<string, OutputCell>();
  return (rating) => {
    let cell = cells.get(rating);
    if (cell === undefined) {
      const band = settings.bands.find((b) => b.label === rating);
      const fill = band?.fill ?? NO_DATA_FILL;
      const fontColor = band?.fontColor ?? NO_DATA_FONT_COLOR;
      cell = { value: rating, fill, fontColor, bold: rating !== NO_DATA_RATING, horizontalAlignment: 'center' };
      cells.set(rating, cell);
    }
    return cell;
  };
}

function cellMaker(key: RiskOutputKey, settings: RiskSettings): (result: RiskResult) => OutputCell {
  switch (key) {
    case 'harmScore':
      return (r) => (r.harmScore === undefined || r.notScored ? EMPTY : { value: r.harmScore, numberFormat: '0.0' });
    case 'riskScore':
      return (r) => (r.riskScore === undefined ? EMPTY : { value: r.riskScore, numberFormat: '0.0' });
    case 'riskRating': {
      const ratingCell = ratingCells(settings);
      return (r) => (r.rating === undefined ? EMPTY : ratingCell(r.rating));
    }
    case 'riskRank':
      return (r) => (r.rank === undefined ? EMPTY : { value: r.rank, numberFormat: '0', horizontalAlignment: 'center' });
    case 'reason':
      return (r) => (r.reason === '' ? EMPTY : { value: r.reason, wrapText: true });
  }
}

/**
 * The five output columns: existing ones filled in place, missing ones added to the right of the table
 * in canonical order with their headers. `results[i]` is the result for sheet row `table.firstRow + i`
 * (undefined for rows with no inputs, whose outputs are emptied).
 */
export function riskOutputColumns(
  sheet: string,
  table: LocatedTable,
  existing: Partial<Record<RiskOutputKey, number>>,
  results: ReadonlyArray<RiskResult | undefined>,
  settings: RiskSettings,
): ColumnWrite[] {
  let next = table.lastHeaderColumn + 1;
  const count = table.endRow - table.firstRow;
  return RISK_OUTPUT_COLUMNS.map((spec) => {
    const found = existing[spec.key];
    const column = found ?? next++;
    const cellFor = cellMaker(spec.key, settings);
    const cells = new Array<OutputCell>(count);
    for (let i = 0; i < count; i++) {
      const result = results[i];
      cells[i] = result === undefined ? EMPTY : cellFor(result);
    }
    return { sheet, headerRow: table.headerRow, column, header: spec.canonical, writeHeader: found === undefined, firstRow: table.firstRow, cells };
  });
}
