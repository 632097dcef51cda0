import type { CalculationResult, IndicatorResult, Rag } from '../CalculationResult';
import type { RiskResult } from '../risk/RiskResult';
import { HARM_SCORE_NUMBER_FORMAT } from '../risk/formatRiskNumber';
import { OWNED_SHEET_MARK_CELL } from '../output/ownedSheetMark';
import { type MergedArea, type OutputCell, type OwnedSheet, EMPTY_CELL } from '../output/WritePlan';
import { ReportColumnKey, ReportFrame, ReportOptions, buildReportFrame } from './buildReportModel';
import { layOutReportRows, reportTableStyle } from './reportTable';
import type { RiskHierarchy } from './buildRiskHierarchy';
import { HEADER_FILL, RAG_FILLS, RAG_TEXT_COLOURS } from './ragStyle';

export const DASHBOARD_SHEET_NAME = 'Dashboard';

/** What a Dashboard row shows: an indicator of the Appendix 1 table, or a category of the risk hierarchy. */
export type DashboardRowSource = { readonly indicator: IndicatorResult } | { readonly risk: RiskResult };

/** The Dashboard sheet with what its rows show, so a reviewer's cell there can be traced back (Explain). */
export interface DashboardLayout {
  readonly sheet: OwnedSheet;
  /** 0-based sheet row → what it shows; the heading, footnotes and key are not listed. */
  readonly rows: ReadonlyMap<number, DashboardRowSource>;
  /** The Appendix 1 column in each sheet column (from A) of an indicator's row. */
  readonly columns: ReadonlyArray<ReportColumnKey>;
}

/** The table's cells as sheet cells (the report model draws the same table as ReportCells). */
function drawnTextCell(text: string, align: 'left' | 'center', _rowSpan: number, bold: boolean, italic: boolean): OutputCell {
  const out: { -readonly [K in keyof OutputCell]: OutputCell[K] } = { value: text === '' ? null : text, horizontalAlignment: align, wrapText: true };
  if (bold) out.bold = true;
  if (italic) out.italic = true;
  return out;
}

function drawnRagCell(rag: Rag | undefined): OutputCell {
  if (!rag) return { value: null, horizontalAlignment: 'center', wrapText: true };
  return { value: rag, horizontalAlignment: 'center', wrapText: true, bold: true, fill: RAG_FILLS[rag], fontColor: RAG_TEXT_COLOURS[rag] };
}

const SHEET_CELLS = reportTableStyle<OutputCell>({ text: drawnTextCell, rag: drawnRagCell, covered: [EMPTY_CELL, EMPTY_CELL] });

/** `count` empty cells. */
function emptyCells(count: number): OutputCell[] {
  const cells: OutputCell[] = [];
  for (let i = 0; i < count; i++) cells.push(EMPTY_CELL);
  return cells;
}

/** A row whose first cell holds the text and the rest are blank, for a line merged across the table. */
function wideRow(width: number, first: OutputCell): OutputCell[] {
  const row = emptyCells(width);
  row[0] = first;
  return row;
}

/** The hierarchy starts in column B, so Category falls in the wide Supporting Indicators column. */
const RISK_FIRST_COLUMN = 1;

/**
 * Below the key: a blank row, the heading, the ranked hierarchy (rating cells filled and lettered),
 * its notes; `first` is the index among them of the first category's row.
 */
function riskRows(risk: RiskHierarchy, width: number): { rows: OutputCell[][]; first: number } {
  const place = (cells: OutputCell[]): OutputCell[] => {
    const row = emptyCells(width);
    cells.forEach((cell, i) => (row[RISK_FIRST_COLUMN + i] = cell));
    return row;
  };
  const rows: OutputCell[][] = [wideRow(width, EMPTY_CELL), wideRow(width, { value: risk.title, bold: true })];
  rows.push(place(risk.columns.map((c): OutputCell => ({ value: c.header, bold: true, fill: HEADER_FILL, wrapText: true, horizontalAlignment: 'center' }))));
  const first = rows.length;
  for (const row of risk.rows) {
    const { rank, probability, harm, score } = row.values;
    const number = (value: number | undefined, numberFormat: string): OutputCell =>
      value === undefined ? { value: '-', horizontalAlignment: 'center' } : { value, numberFormat, horizontalAlignment: 'center' };
    rows.push(
      place([
        number(rank, '0'),
        { value: row.category, wrapText: true },
        number(probability, 'General'),
        number(harm, HARM_SCORE_NUMBER_FORMAT),
        number(score, row.scoreFormat),
        { value: row.rating, fill: row.fill, fontColor: row.fontColor, bold: true, horizontalAlignment: 'center' },
      ]),
    );
  }
  for (const note of risk.footnotes) rows.push(wideRow(width, { value: note }));
  return { rows, first };
}

/** The sheet's rows and merges before the table (heading, the owned-sheet mark, column headers). */
function sheetHead(frame: ReportFrame): { rows: OutputCell[][]; merges: MergedArea[] } {
  const width = frame.columns.length;
  const rows: OutputCell[][] = [
    wideRow(width, { value: frame.heading, bold: true }),
    wideRow(width, OWNED_SHEET_MARK_CELL),
    frame.columns.map((c) => ({ value: c.header, bold: true, fill: HEADER_FILL, wrapText: true, horizontalAlignment: 'center' })),
  ];
  return { rows, merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }] };
}

/**
 * Below the table: the footnotes, the key, then the risk hierarchy when the workbook has a Risk
 * Matrix. Returns the sheet row of the hierarchy's first category (its heading and column headers are above it).
 */
function sheetTail(frame: ReportFrame, rows: OutputCell[][]): number {
  const width = frame.columns.length;
  if (frame.footnotes.length > 0) {
    rows.push(wideRow(width, EMPTY_CELL));
    // Not merged and not wrapped: Excel does not grow merged rows to fit, so a long note would be
    // cut off; left unwrapped it runs across the empty cells to its right.
    for (const footnote of frame.footnotes) rows.push(wideRow(width, { value: footnote }));
  }

  rows.push(wideRow(width, EMPTY_CELL));
  rows.push(wideRow(width, { value: 'Key', bold: true }));
  for (const entry of frame.key) {
    const symbol: OutputCell = {
      value: entry.symbol,
      bold: true,
      horizontalAlignment: 'center',
      ...(entry.rag ? { fill: RAG_FILLS[entry.rag], fontColor: RAG_TEXT_COLOURS[entry.rag] } : {}),
    };
    rows.push([symbol, { value: entry.meaning }, ...emptyCells(width - 2)]);
  }

  if (!frame.risk) return rows.length;
  const risk = riskRows(frame.risk, width);
  const first = rows.length + risk.first;
  rows.push(...risk.rows);
  return first;
}

/**
 * The Dashboard sheet the add-in owns, rebuilt from a calculation on every run: the heading, the
 * Appendix 1 table (laid out by layOutReportRows, as the report model's is) with each outcome and its
 * Overall RAG merged over its rows, the footnotes, the key, then the risk hierarchy when the workbook
 * has a Risk Matrix. The table is drawn straight into sheet cells, the recurring ones shared. Every
 * string is a plain text value (hosts never write OutputCell strings as formulas).
 */
export function buildDashboardSheet(result: CalculationResult, options: ReportOptions = {}): OwnedSheet {
  return layOutDashboardSheet(result, options).sheet;
}

/** buildDashboardSheet's sheet with what each of its indicator and risk rows shows. */
export function layOutDashboardSheet(result: CalculationResult, options: ReportOptions = {}): DashboardLayout {
  const frame = buildReportFrame(result, options);
  const { rows, merges } = sheetHead(frame);
  const sources = new Map<number, DashboardRowSource>();
  layOutReportRows(result, SHEET_CELLS, (indicator, cells, leadSpan) => {
    const top = rows.length;
    if (leadSpan > 1) merges.push({ top, left: 0, bottom: top + leadSpan - 1, right: 0 }, { top, left: 1, bottom: top + leadSpan - 1, right: 1 });
    sources.set(top, { indicator });
    rows.push(cells);
  });
  const riskStart = sheetTail(frame, rows);
  frame.risk?.rows.forEach((row, i) => sources.set(riskStart + i, { risk: row.source }));
  const sheet: OwnedSheet = { name: DASHBOARD_SHEET_NAME, rows, merges, columnWidths: frame.columns.map((c) => c.width) };
  return { sheet, rows: sources, columns: frame.columns.map((c) => c.key) };
}
