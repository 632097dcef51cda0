import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, isCellError } from '../grid/CellGrid';

/** A column read as text; `example` marks a typed comparison column (a warning: the row is still scored). */
export interface TextColumn {
  readonly column: number;
  readonly what: string;
  readonly example?: string;
}

/**
 * Excel error values (#N/A, #REF!) in columns read as text, where no number parser would notice
 * them: an outcome, an indicator name, a period, a typed comparison. Each is named so a broken formula never becomes a
 * label on the board's table unremarked.
 */
export function textCellErrorFindings(grid: SheetGrid, row: number, columns: ReadonlyArray<TextColumn>, findings: Finding[] = []): Finding[] {
  for (const { column, what, example } of columns) {
    const value = cellAt(grid, row, column);
    if (!isCellError(value)) continue;
    const at = { sheet: grid.name, cell: cellAddress(row, column) };
    // A typed comparison only goes on the board's table: the row can still be scored without it.
    if (example !== undefined) findings.push(makeFinding('comparisonExcelError', at, { what, raw: value.error, example }));
    else findings.push(makeFinding('excelError', at, { what, raw: value.error, expected: `the ${what} as text` }));
  }
  return findings;
}
