import { SheetGrid, cellAt } from '../grid/CellGrid';
import { LocatedTable, cellText } from './locateTable';

/** Reads a located table's cells by column key: the first column matched for a key, text trimmed. */
export interface TableColumnReader {
  /** The sheet column of a key, or undefined when the table lacks it. */
  column(key: string): number | undefined;
  /** The trimmed text of a row's cell in a key's column; '' when the column is missing or the cell empty. */
  text(row: number, key: string): string;
}

export function tableColumnReader(grid: SheetGrid, table: LocatedTable): TableColumnReader {
  // Each key's column looked up once here: text() runs for every cell the kinds read.
  const columns = new Map<string, number>();
  for (const [key, located] of table.columns) {
    const first = located[0];
    if (first !== undefined) columns.set(key, first.column);
  }
  return {
    column: (key) => columns.get(key),
    text(row, key) {
      const c = columns.get(key);
      return c === undefined ? '' : cellText(cellAt(grid, row, c)).trim();
    },
  };
}
