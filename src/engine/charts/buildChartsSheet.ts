import { cellAddress } from '../grid/address';
import { OWNED_SHEET_MARK_CELL } from '../output/ownedSheetMark';
import type { ChartSpec, OutputCell, OwnedSheet } from '../output/WritePlan';
import { ChartsInput, chartTables } from './chartTables';

export const CHARTS_SHEET = 'Charts';

export interface ChartsSheet {
  readonly sheet: OwnedSheet;
  readonly charts: ReadonlyArray<ChartSpec>;
}

/** Columns A (category) and B (value) hold each table; C is a gutter; charts span D to K. */
const CHART_LEFT = 3;
const CHART_RIGHT = 10;
/** A chart is at least this many rows tall (about 300 px), taller when its table is longer. */
const MIN_CHART_ROWS = 15;
const COLUMN_WIDTHS = [34, 14, 2];

/**
 * The owned Charts sheet: a title, then one block per chart, stacked down the sheet. A block is a
 * heading row, then the chart's table (header row and one row per category) in columns A:B with
 * its chart beside it over D:K from the header row down; a blank row separates blocks. Returns
 * undefined when there is nothing to draw, so no empty sheet is written.
 */
export function buildChartsSheet(input: ChartsInput): ChartsSheet | undefined {
  const tables = chartTables(input);
  if (tables.length === 0) return undefined;
  const rows: ReadonlyArray<OutputCell>[] = [
    [{ value: 'Charts', bold: true }],
    [OWNED_SHEET_MARK_CELL],
    [],
  ];
  const charts: ChartSpec[] = [];
  for (const table of tables) {
    rows.push([{ value: table.heading, bold: true }]);
    const headerRow = rows.length;
    rows.push(table.header.map((text): OutputCell => ({ value: text, bold: true })));
    for (const row of table.rows) rows.push(row); // each table's rows are made fresh for this sheet
    const lastDataRow = rows.length - 1;
    const chartBottom = Math.max(lastDataRow, headerRow + MIN_CHART_ROWS - 1);
    const dataRange = `${cellAddress(headerRow, 0)}:${cellAddress(lastDataRow, 1)}`;
    const position = { topLeft: cellAddress(headerRow, CHART_LEFT), bottomRight: cellAddress(chartBottom, CHART_RIGHT) };
    const { title, type, pointColours, categoryAxisTitle, valueAxisTitle, dataLabels } = table;
    const seriesColours = [table.seriesColour];
    // Two literals rather than spreading the optional pointColours in: the spread made every spec slow to build.
    charts.push(
      pointColours
        ? { sheet: CHARTS_SHEET, title, type, dataRange, seriesColours, pointColours, position, categoryAxisTitle, valueAxisTitle, dataLabels, legend: false }
        : { sheet: CHARTS_SHEET, title, type, dataRange, seriesColours, position, categoryAxisTitle, valueAxisTitle, dataLabels, legend: false },
    );
    while (rows.length <= chartBottom + 1) rows.push([]);
  }
  return { sheet: { name: CHARTS_SHEET, rows, merges: [], columnWidths: COLUMN_WIDTHS }, charts };
}
