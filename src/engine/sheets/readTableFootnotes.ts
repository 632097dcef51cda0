import type { SheetGrid } from '../grid/CellGrid';
import { LocatedTable, cellText } from './locateTable';

export interface TableFootnoteRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** 0-based column of the text. */
  readonly column: number;
  /** The footnote as typed. */
  readonly text: string;
  /** The leading mark run ("*", "**", "†"), when the footnote starts with one. */
  readonly mark?: string;
}

/** The leading run of one footnote mark, as a footnote row starts. */
export const FOOTNOTE_MARK_RUN = /^(\*+|†+|‡+)/u;

/**
 * Footnote rows under a table: every row below the data whose first text starts with a footnote mark
 * (`*`, `†`, `‡`) or with `Note`, in sheet order.
 */
export function readTableFootnotes(grid: SheetGrid, table: LocatedTable): TableFootnoteRow[] {
  const notes: TableFootnoteRow[] = [];
  for (let row = table.endRow; row < grid.values.length; row++) {
    const cells = grid.values[row] ?? [];
    const column = cells.findIndex((v) => cellText(v).trim() !== '');
    if (column < 0) continue;
    const text = cellText(cells[column]).trim();
    const mark = FOOTNOTE_MARK_RUN.exec(text)?.[1];
    if (mark !== undefined || /^note/i.test(text)) notes.push({ row, column, text, ...(mark !== undefined ? { mark } : {}) });
  }
  return notes;
}

/** The footnote explaining `mark`: the first footnote row starting with exactly that mark run. */
export function footnoteFor(notes: ReadonlyArray<TableFootnoteRow>, mark: string): TableFootnoteRow | undefined {
  return notes.find((n) => n.mark === mark);
}
