import { parseCellAddress, qualifiedAddress } from '../grid/address';
import type { OutputCell, OwnedSheet } from '../output/WritePlan';
import type { Finding } from './Finding';

export const VALIDATION_SHEET_NAME = 'Validation';

const HEADERS = ['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix', 'Cell content', 'Read as', 'Expected'];
const SEVERITY_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** Findings grouped by sheet (in the order sheets first appear), then by row and column, as the command line prints them. */
export function findingsInSheetOrder(findings: ReadonlyArray<Finding>): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  const position = (f: Finding) => parseCellAddress(f.cell) ?? { row: 0, column: 0 };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const pa = position(a.f);
      const pb = position(b.f);
      return sheetOrder.get(a.f.sheet)! - sheetOrder.get(b.f.sheet)! || pa.row - pb.row || pa.column - pb.column || a.i - b.i;
    })
    .map(({ f }) => f);
}

/**
 * The Validation sheet (written only on request): one row per finding with its evidence (the cell as
 * typed, what it was read as, what was expected), the cell linked ("Indicators!E7") for jumping to it.
 * Every text is an OutputCell string, so a cell content such as "=SUM(A1)" is written as text.
 */
export function buildValidationSheet(findings: ReadonlyArray<Finding>): OwnedSheet {
  const header: OutputCell[] = HEADERS.map((value) => ({ value, bold: true, fill: '#D9D9D9' }));
  const rows: OutputCell[][] = findingsInSheetOrder(findings).map((f) => [
    { value: f.sheet },
    { value: f.cell, hyperlink: qualifiedAddress(f.sheet, f.cell) },
    { value: f.severity, fill: SEVERITY_FILL[f.severity] },
    { value: f.code },
    { value: f.message, wrapText: true },
    { value: f.fix, wrapText: true },
    { value: f.raw ?? '' },
    { value: f.parsed ?? '' },
    { value: f.expected ?? '', wrapText: true },
  ]);
  const none: OutputCell[][] = findings.length === 0 ? [[{ value: 'No findings.', italic: true }]] : [];
  return { name: VALIDATION_SHEET_NAME, rows: [header, ...rows, ...none], merges: [], columnWidths: [16, 8, 10, 8, 70, 50, 24, 16, 30] };
}
