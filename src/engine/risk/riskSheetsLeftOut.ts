import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { SheetGrid } from '../grid/CellGrid';
import { cellAddress } from '../grid/address';
import type { LocatedTable } from '../sheets/locateTable';

/**
 * Warning R009 on the Category header of every Risk Matrix sheet after the first (in workbook order):
 * the ranked hierarchy and the Risk chart are built from the first alone (hierarchyRiskRows), since
 * two sheets' ranks would clash.
 */
export function riskSheetsLeftOut(riskTables: ReadonlyArray<{ readonly grid: SheetGrid; readonly table: LocatedTable }>): Finding[] {
  const first = riskTables[0]?.grid.name;
  return riskTables
    .filter(({ grid }) => grid.name !== first)
    .map(({ grid, table }) => {
      const column = table.columns.get('category')?.[0]?.column ?? 0;
      return makeFinding('riskSheetNotInHierarchy', { sheet: grid.name, cell: cellAddress(table.headerRow, column) }, { first });
    });
}
