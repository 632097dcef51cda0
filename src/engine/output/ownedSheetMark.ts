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
const OWNED_SHEET_NAMES: ReadonlyArray<string> = ['Dashboard', 'Validation', 'Charts'];

/**
 * Whose a sheet with one of the add-in's sheet names is: `rebuilt`, the add-in's own (it carries the
 * mark), replaced on each calculation; `earlier`, one an earlier version wrote (see
 * looksLikeEarlierOwnedSheet); `analyst`, the analyst's own. Neither of the last two is ever replaced,
 * and only the analyst's is read as input. Undefined for a sheet with any other name.
 */
export type OwnedNameSheet = 'rebuilt' | 'earlier' | 'analyst';

export function ownedNameSheet(grid: SheetGrid): OwnedNameSheet | undefined {
  const name = grid.name.trim().toLowerCase();
  if (!OWNED_SHEET_NAMES.some((n) => n.toLowerCase() === name)) return undefined;
  if (carriesOwnedSheetMark(grid)) return 'rebuilt';
  return looksLikeEarlierOwnedSheet(grid) ? 'earlier' : 'analyst';
}

/** True when the sheet carries the mark in column A of one of its first three rows: the add-in made it. */
function carriesOwnedSheetMark(grid: SheetGrid): boolean {
  for (let row = 0; row < 3; row++) if (cellText(cellAt(grid, row, 0)).trim() === OWNED_SHEET_MARK) return true;
  return false;
}

/** Where the earlier versions' Dashboard and Validation sheets, which had no mark, began their table. */
const EARLIER_LAYOUTS: ReadonlyArray<{ readonly name: string; readonly row: number; readonly headers: ReadonlyArray<string> }> = [
  { name: 'dashboard', row: 2, headers: ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous'] },
  { name: 'validation', row: 0, headers: ['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix'] },
];

/**
 * True for a Dashboard or Validation sheet laid out as an earlier version wrote it, before sheets
 * carried the mark. It is not read as input (it would count every indicator twice) and, as it cannot
 * be told from an analyst's own copy, it is not replaced either: V027 asks for it to be deleted.
 */
function looksLikeEarlierOwnedSheet(grid: SheetGrid): boolean {
  const name = grid.name.trim().toLowerCase();
  const layout = EARLIER_LAYOUTS.find((l) => l.name === name);
  if (!layout) return false;
  return layout.headers.every((header, column) => cellText(cellAt(grid, layout.row, column)).trim().startsWith(header));
}
