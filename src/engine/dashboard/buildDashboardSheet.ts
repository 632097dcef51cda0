import type { CalculationResult } from '../CalculationResult';
import type { MergedArea, OutputCell, OwnedSheet } from '../output/WritePlan';
import { ReportCell, ReportModel, ReportOptions, buildReportModel } from './buildReportModel';
import { HEADER_FILL, RAG_FILLS, RAG_TEXT_COLOURS } from './ragStyle';

export const DASHBOARD_SHEET_NAME = 'Dashboard';

function tableCell(cell: ReportCell): OutputCell {
  if (cell.covered) return { value: null };
  return {
    value: cell.text === '' ? null : cell.text,
    horizontalAlignment: cell.align,
    wrapText: true,
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.italic ? { italic: true } : {}),
    ...(cell.rag ? { fill: RAG_FILLS[cell.rag], fontColor: RAG_TEXT_COLOURS[cell.rag] } : {}),
  };
}

/** A row whose first cell holds the text and the rest are blank, for a line merged across the table. */
function wideRow(width: number, first: OutputCell): OutputCell[] {
  return [first, ...Array.from({ length: width - 1 }, (): OutputCell => ({ value: null }))];
}

/**
 * Lays the report model out as the Dashboard sheet: the heading, the Appendix 1 table with each
 * outcome and its Overall RAG merged over its rows, the footnotes, then the key. Every string is a
 * plain text value (hosts never write OutputCell strings as formulas).
 */
export function dashboardSheetFromModel(model: ReportModel): OwnedSheet {
  const width = model.columns.length;
  const rows: OutputCell[][] = [];
  const merges: MergedArea[] = [];
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  rows.push(wideRow(width, { value: model.heading, bold: true }));
  rows.push(wideRow(width, { value: null }));

  rows.push(
    model.columns.map((c) => ({ value: c.header, bold: true, fill: HEADER_FILL, wrapText: true, horizontalAlignment: 'center' })),
  );

  for (const row of model.rows) {
    const sheetRow = rows.length;
    row.cells.forEach((cell, column) => {
      if (!cell.covered && cell.rowSpan > 1) {
        merges.push({ top: sheetRow, left: column, bottom: sheetRow + cell.rowSpan - 1, right: column });
      }
    });
    rows.push(row.cells.map(tableCell));
  }

  if (model.footnotes.length > 0) {
    rows.push(wideRow(width, { value: null }));
    // Not merged and not wrapped: Excel does not grow merged rows to fit, so a long note would be
    // cut off; left unwrapped it runs across the empty cells to its right.
    for (const footnote of model.footnotes) rows.push(wideRow(width, { value: footnote }));
  }

  rows.push(wideRow(width, { value: null }));
  rows.push(wideRow(width, { value: 'Key', bold: true }));
  for (const entry of model.key) {
    const symbol: OutputCell = {
      value: entry.symbol,
      bold: true,
      horizontalAlignment: 'center',
      ...(entry.rag ? { fill: RAG_FILLS[entry.rag], fontColor: RAG_TEXT_COLOURS[entry.rag] } : {}),
    };
    rows.push([symbol, { value: entry.meaning }, ...Array.from({ length: width - 2 }, (): OutputCell => ({ value: null }))]);
  }

  return { name: DASHBOARD_SHEET_NAME, rows, merges, columnWidths: model.columns.map((c) => c.width) };
}

/** The Dashboard sheet the add-in owns, rebuilt from a calculation on every run. */
export function buildDashboardSheet(result: CalculationResult, options: ReportOptions = {}): OwnedSheet {
  return dashboardSheetFromModel(buildReportModel(result, options));
}
