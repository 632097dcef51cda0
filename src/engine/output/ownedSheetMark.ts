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

/** The mark is looked for in column A of this many rows from the top (each owned sheet has it in row 1 or 2). */
const MARK_ROWS = 3;

/**
 * Whose a sheet is, for the sheets the add-in makes or would write:
 * - `rebuilt`: the add-in's own (it carries the mark) under its own name, replaced on each calculation;
 * - `copy`: carries the mark under another name ("Dashboard (2)" from Excel's Move or Copy, a kept
 *   "Q3 Dashboard"): made by the add-in, so never read as input, and never written as it is not named
 *   like a sheet the add-in writes;
 * - `earlier`: named like an owned sheet and laid out as an earlier version wrote it (see
 *   looksLikeEarlierOwnedSheet): neither read nor replaced;
 * - `analyst`: named like an owned sheet, the analyst's own: read as input like any other, never replaced.
 * Undefined for every other sheet.
 */
export type SheetOwner = 'rebuilt' | 'copy' | 'earlier' | 'analyst';

export function sheetOwner(grid: SheetGrid): SheetOwner | undefined {
  const name = grid.name.trim().toLowerCase();
  const ownedName = OWNED_SHEET_NAMES.some((n) => n.toLowerCase() === name);
  if (ownedSheetMarkRow(grid) !== undefined) return ownedName ? 'rebuilt' : 'copy';
  if (!ownedName) return undefined;
  return looksLikeEarlierOwnedSheet(grid) ? 'earlier' : 'analyst';
}

/** The row (0-based) whose column A holds the mark, in the sheet's first rows; undefined when none does. */
export function ownedSheetMarkRow(grid: SheetGrid): number | undefined {
  for (let row = 0; row < MARK_ROWS; row++) if (cellText(cellAt(grid, row, 0)).trim() === OWNED_SHEET_MARK) return row;
  return undefined;
}

/**
 * Where the earlier versions' Dashboard and Validation sheets, which had no mark, began their table,
 * and the text of each header there. Every earlier Dashboard headed columns D and E "Previous" and
 * "Current", alone or with the period in brackets, and F "Direction of Travel"; the board paper's
 * own Appendix 1, which an analyst may keep on a sheet named Dashboard, heads them "Previous Year
 * (2015-16)", "Current Year (2016-17)" and "Current Direction of Travel", so it is read as input.
 */
const EARLIER_LAYOUTS: ReadonlyArray<{ readonly name: string; readonly row: number; readonly headers: ReadonlyArray<RegExp> }> = [
  {
    name: 'dashboard',
    row: 2,
    headers: [/^Outcomes$/, /^Overall Progress RAG$/, /^Supporting Indicators$/, /^Previous( \(.*\))?$/, /^Current( \(.*\))?$/, /^Direction of Travel$/],
  },
  { name: 'validation', row: 0, headers: [/^Sheet$/, /^Cell$/, /^Severity$/, /^Code$/, /^Message$/, /^Suggested fix$/] },
];

/**
 * True for a Dashboard or Validation sheet laid out as an earlier version wrote it, before sheets
 * carried the mark. It is not read as input (it would count every indicator twice) and, as it cannot
 * be told from an analyst's own copy of it, it is not replaced either: a finding asks for it to be
 * deleted, or renamed if it is the analyst's.
 */
function looksLikeEarlierOwnedSheet(grid: SheetGrid): boolean {
  const name = grid.name.trim().toLowerCase();
  const layout = EARLIER_LAYOUTS.find((l) => l.name === name);
  if (!layout) return false;
  return layout.headers.every((header, column) => header.test(cellText(cellAt(grid, layout.row, column)).trim()));
}
