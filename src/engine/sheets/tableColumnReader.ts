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
  const column = (key: string) => table.columns.get(key)?.[0]?.column;
  return {
    column,
    text(row, key) {
      const c = column(key);
      return c === undefined ? '' : cellText(cellAt(grid, row, c)).trim();
    },
  };
}
