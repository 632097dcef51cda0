import { parseCellAddress, qualifiedAddress } from '../grid/address';
import { OWNED_SHEET_MARK_CELL } from '../output/ownedSheetMark';
import type { OutputCell, OwnedSheet } from '../output/WritePlan';
import type { Finding } from './Finding';
import { memoise } from '../memo/memoise';

export const VALIDATION_SHEET_NAME = 'Validation';

const HEADERS = ['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix', 'Cell content', 'Read as', 'Expected'];
const SEVERITY_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** Findings grouped by sheet (in the order sheets first appear), then by row and column, as the command line prints them. */
export function findingsInSheetOrder(findings: ReadonlyArray<Finding>): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  // Each finding's sort key is read once, not on every comparison.
  const keyed = findings.map((f, i) => {
    const position = parseCellAddress(f.cell) ?? { row: 0, column: 0 };
    return { f, i, sheet: sheetOrder.get(f.sheet)!, row: position.row, column: position.column };
  });
  return keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.i - b.i).map(({ f }) => f);
}

/**
 * The Validation sheet (written only on request): the owned-sheet mark, then one row per finding with its evidence (the cell as
 * typed, what it was read as, what was expected), the cell linked ("Indicators!E7") for jumping to it.
 * Every text is an OutputCell string, so a cell content such as "=SUM(A1)" is written as text.
 */
export function buildValidationSheet(findings: ReadonlyArray<Finding>): OwnedSheet {
  const header: OutputCell[] = HEADERS.map((value) => ({ value, bold: true, fill: '#D9D9D9' }));
  // "Indicators!" once per sheet rather than a regex test per finding.
  const sheetPrefix = memoise((sheet: string) => qualifiedAddress(sheet, ''));
  const link = (sheet: string, cell: string) => sheetPrefix(sheet) + cell;
  const rows: OutputCell[][] = [[OWNED_SHEET_MARK_CELL], header];
  for (const f of findingsInSheetOrder(findings)) {
    rows.push([
      { value: f.sheet },
      { value: f.cell, hyperlink: link(f.sheet, f.cell) },
      { value: f.severity, fill: SEVERITY_FILL[f.severity] },
      { value: f.code },
      { value: f.message, wrapText: true },
      { value: f.fix, wrapText: true },
      { value: f.raw ?? '' },
      { value: f.parsed ?? '' },
      { value: f.expected ?? '', wrapText: true },
    ]);
  }
  if (findings.length === 0) rows.push([{ value: 'No findings.', italic: true }]);
  return { name: VALIDATION_SHEET_NAME, rows, merges: [], columnWidths: [16, 8, 10, 8, 70, 50, 24, 16, 30] };
}
