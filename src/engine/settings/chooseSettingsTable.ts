import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import type { SheetGrid } from '../grid/CellGrid';
import type { HeaderSearch, LocatedTable } from '../sheets/locateTable';
import { locateSettingsTable } from './readSettings';

/** A sheet named Settings (or Setting), ignoring case and surrounding spaces. */
export const SETTINGS_SHEET_NAME = /^settings?$/i;

export interface SettingsTableChoice {
  /** The sheet settings are read from, and its table; undefined when no sheet has one. */
  readonly sheet?: SheetGrid;
  readonly table?: LocatedTable;
  /** Every sheet holding a `Setting | Value` table, the chosen one included: none is another kind. */
  readonly sheets: ReadonlySet<SheetGrid>;
  /** One finding at the header of each table that is not read. */
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * The one Settings table of a workbook (contract §6): the table on the sheet named Settings when there
 * is one, else the first sheet's with a `Setting | Value` table. Any other such table is ignored with a
 * finding at its header, so no setting is dropped without a word.
 */
export function chooseSettingsTable(searches: ReadonlyArray<HeaderSearch>): SettingsTableChoice {
  const located: { grid: SheetGrid; table: LocatedTable }[] = [];
  for (const search of searches) {
    const table = locateSettingsTable(search.grid, search);
    if (table) located.push({ grid: search.grid, table });
  }
  const named = located.find(({ grid }) => SETTINGS_SHEET_NAME.test(grid.name.trim()));
  const chosen = named ?? located[0];
  if (!chosen) return { sheets: new Set(), findings: [] };
  const sheet = chosen.grid.name;
  const used = named ? `the sheet named "${sheet}" (a sheet named Settings is preferred)` : `"${sheet}", the first sheet with one`;
  const findings = located
    .filter((other) => other !== chosen)
    .map(({ grid, table }) => makeFinding('secondSettingsTable', { sheet: grid.name, cell: cellAddress(table.headerRow, table.columns.get('setting')![0].column) }, { used, sheet }));
  return { sheet: chosen.grid, table: chosen.table, sheets: new Set(located.map(({ grid }) => grid)), findings };
}
