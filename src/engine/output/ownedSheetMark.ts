import { SheetGrid, cellAt } from '../grid/CellGrid';
import { cellText } from '../sheets/locateTable';
import type { OutputCell } from './WritePlan';

/**
 * The line every sheet the add-in owns carries in column A near its top. A sheet named Dashboard,
 * Charts or Validation without it is the analyst's own and is never replaced.
 */
export const OWNED_SHEET_MARK = 'Rebuilt by Safer Dashboard on each calculation; changes made on this sheet are replaced.';

export const OWNED_SHEET_MARK_CELL: OutputCell = Object.freeze({ value: OWNED_SHEET_MARK, italic: true });

/** Sheets the add-in writes itself, by name. */
export const OWNED_SHEET_NAMES: ReadonlyArray<string> = ['Dashboard', 'Validation', 'Charts'];

export function hasOwnedSheetName(name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return OWNED_SHEET_NAMES.some((n) => n.toLowerCase() === wanted);
}

/** True when the sheet carries the mark in column A of one of its first three rows: the add-in made it. */
export function carriesOwnedSheetMark(grid: SheetGrid): boolean {
  for (let row = 0; row < 3; row++) if (cellText(cellAt(grid, row, 0)).trim() === OWNED_SHEET_MARK) return true;
  return false;
}
