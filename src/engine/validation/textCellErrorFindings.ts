import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, isCellError } from '../grid/CellGrid';

/**
 * Excel error values (#N/A, #REF!) in columns read as text, where no number parser would notice
 * them: an outcome, an indicator name, a period. Each is named so a broken formula never becomes a
 * label on the board's table unremarked.
 */
export function textCellErrorFindings(grid: SheetGrid, row: number, columns: ReadonlyArray<{ column: number; what: string }>, findings: Finding[] = []): Finding[] {
  for (const { column, what } of columns) {
    const value = cellAt(grid, row, column);
    if (!isCellError(value)) continue;
    findings.push(makeFinding('excelError', { sheet: grid.name, cell: cellAddress(row, column) }, { what, raw: value.error, expected: `the ${what} as text` }));
  }
  return findings;
}
