import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt } from '../grid/CellGrid';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { parseCellValue } from '../values/parseCellValue';

const FIGURE_KEYS = ['previousValue', 'currentValue', 'previousCount', 'currentCount'] as const;

/**
 * Indicator rows cut off from the table (contract intro: the data ends at the first fully blank row
 * or footnote row). A spacer row left between two outcomes ends the table there, and every row below
 * it would go unread without a word: a warning on the first row below that has an indicator name
 * and a figure, counting the others.
 */
export function rowsBelowTableFinding(grid: SheetGrid, table: LocatedTable): Finding | undefined {
  const indicatorColumn = table.columns.get('indicator')?.[0]?.column;
  if (indicatorColumn === undefined || table.endRow >= grid.values.length) return undefined;
  const figureColumns = FIGURE_KEYS.map((key) => table.columns.get(key)?.[0]?.column).filter((c): c is number => c !== undefined);
  const footnoteRows = new Set(table.footnotes.map((f) => f.row));
  let first: number | undefined;
  let count = 0;
  for (let row = table.endRow; row < grid.values.length; row++) {
    if (footnoteRows.has(row) || cellText(cellAt(grid, row, indicatorColumn)).trim() === '') continue;
    if (!figureColumns.some((column) => parseCellValue(cellAt(grid, row, column)).kind === 'number')) continue;
    first ??= row;
    count++;
  }
  if (first === undefined) return undefined;
  const ending = table.footnotes.some((f) => f.row === table.endRow) ? 'a footnote row' : 'a blank row';
  return makeFinding('rowsBelowTable', { sheet: grid.name, cell: cellAddress(first, indicatorColumn) }, {
    rows: count === 1 ? 'This row looks like an indicator row' : `This row and ${count - 1} more below it look like indicator rows`,
    they: count === 1 ? 'it was' : 'they were',
    end: String(table.endRow + 1),
    ending,
  });
}
