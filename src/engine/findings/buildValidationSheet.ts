import { qualifiedAddress } from '../grid/address';
import type { OutputCell, OwnedSheet } from '../output/WritePlan';
import type { Finding } from './Finding';

export const VALIDATION_SHEET_NAME = 'Validation';

const HEADERS = ['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix', 'Cell content'];
const SEVERITY_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** The Validation sheet (written only on request): one row per finding, the cell linked for jumping to it. */
export function buildValidationSheet(findings: ReadonlyArray<Finding>): OwnedSheet {
  const header: OutputCell[] = HEADERS.map((value) => ({ value, bold: true, fill: '#D9D9D9' }));
  const rows: OutputCell[][] = findings.map((f) => [
    { value: f.sheet },
    { value: f.cell, hyperlink: qualifiedAddress(f.sheet, f.cell) },
    { value: f.severity, fill: SEVERITY_FILL[f.severity] },
    { value: f.code },
    { value: f.message, wrapText: true },
    { value: f.fix, wrapText: true },
    { value: f.raw ?? '' },
  ]);
  const none: OutputCell[][] = findings.length === 0 ? [[{ value: 'No findings.', italic: true }]] : [];
  return { name: VALIDATION_SHEET_NAME, rows: [header, ...rows, ...none], merges: [], columnWidths: [16, 8, 10, 8, 70, 50, 24] };
}
