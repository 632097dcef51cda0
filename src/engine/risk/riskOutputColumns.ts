import { type ColumnWrite, type OutputCell, EMPTY_CELL } from '../output/WritePlan';
import { rankCells } from '../output/rankCells';
import type { LocatedTable } from '../sheets/locateTable';
import { NO_DATA_FILL, NO_DATA_FONT_COLOR, NO_DATA_RATING, RiskSettings } from './RiskSettings';
import type { RiskResult } from './RiskResult';
import { ExistingColumn, RISK_OUTPUT_COLUMNS, RiskOutputKey } from './locateRiskTable';
import { memoise } from '../memo/memoise';
import { HARM_SCORE_NUMBER_FORMAT, riskScoreNumberFormat } from './formatRiskNumber';


/** One cell per rating, shared by every row with that rating (a sheet has only a few). */
function ratingCells(settings: RiskSettings): (rating: string) => OutputCell {
  return memoise((rating: string): OutputCell => {
    const band = settings.bands.find((b) => b.label === rating);
    return { value: rating, fill: band?.fill ?? NO_DATA_FILL, fontColor: band?.fontColor ?? NO_DATA_FONT_COLOR, bold: rating !== NO_DATA_RATING, horizontalAlignment: 'center' };
  });
}

/**
 * The five output columns: existing ones filled in place, missing ones added to the right of the table
 * in canonical order with their headers. `results[i]` is the result for sheet row `table.firstRow + i`
 * (undefined for rows with no inputs, whose outputs are emptied).
 */
export function riskOutputColumns(
  sheet: string,
  table: LocatedTable,
  existing: Partial<Record<RiskOutputKey, ExistingColumn>>,
  results: ReadonlyArray<RiskResult | undefined>,
  settings: RiskSettings,
): ColumnWrite[] {
  const count = table.endRow - table.firstRow;
  const harmScores = new Array<OutputCell>(count);
  const riskScores = new Array<OutputCell>(count);
  const ratings = new Array<OutputCell>(count);
  const ranks = new Array<OutputCell>(count);
  const reasons = new Array<OutputCell>(count);
  const cellsOf: Record<RiskOutputKey, OutputCell[]> = { harmScore: harmScores, riskScore: riskScores, riskRating: ratings, riskRank: ranks, reason: reasons };

  // One cell per distinct number, shared by the rows showing it: harm scores are means of a few whole
  // scores, risk scores their products with a short probability scale, and ties share ranks, so a
  // column holds few distinct numbers, and a cell per row was most of the collector's copying.
  // Two decimals when the mean has them (14.33, as the Reason says), one otherwise (14.0).
  const scoreCell = memoise((value: number): OutputCell => ({ value, numberFormat: HARM_SCORE_NUMBER_FORMAT }));
  // A risk score one decimal would round onto a band bound shows more decimals (riskScoreNumberFormat).
  const bounds = settings.bands.flatMap((b) => (b.upTo === undefined ? [] : [b.upTo]));
  const riskScoreCell = memoise((value: number): OutputCell => ({ value, numberFormat: riskScoreNumberFormat(value, bounds) }));
  const rankCell = rankCells();
  const ratingCell = ratingCells(settings);
  // One pass fills all five columns.
  for (let i = 0; i < count; i++) {
    const r = results[i];
    if (r === undefined) {
      harmScores[i] = riskScores[i] = ratings[i] = ranks[i] = reasons[i] = EMPTY_CELL;
      continue;
    }
    harmScores[i] = r.harmScore === undefined || r.notScored ? EMPTY_CELL : scoreCell(r.harmScore);
    riskScores[i] = r.riskScore === undefined ? EMPTY_CELL : riskScoreCell(r.riskScore);
    ratings[i] = r.rating === undefined ? EMPTY_CELL : ratingCell(r.rating);
    ranks[i] = r.rank === undefined ? EMPTY_CELL : rankCell(r.rank);
    reasons[i] = r.reason === '' ? EMPTY_CELL : { value: r.reason, wrapText: true };
  }

  let next = table.lastHeaderColumn + 1;
  return RISK_OUTPUT_COLUMNS.map((spec) => {
    const found = existing[spec.key];
    const column = found?.column ?? next++;
    return { sheet, headerRow: table.headerRow, column, header: spec.canonical, writeHeader: found === undefined, typedHeader: found?.header, firstRow: table.firstRow, cells: cellsOf[spec.key] };
  });
}
