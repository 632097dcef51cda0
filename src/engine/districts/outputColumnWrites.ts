import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { ColumnSpec, LocatedTable } from '../sheets/locateTable';

/**
 * One ColumnWrite per output spec: an existing column (found among the table's headers) is filled in
 * place, a missing one is added to the right of the table, in spec order, with its canonical header.
 * `cellsFor` gives a column's cells, one per data row from the table's first row to its end, so
 * stale outputs are cleared.
 */
export function outputColumnWrites<K extends string>(
  sheet: string,
  table: LocatedTable,
  specs: ReadonlyArray<ColumnSpec & { readonly key: K }>,
  cellsFor: (key: K) => ReadonlyArray<OutputCell>,
): ColumnWrite[] {
  let next = table.lastHeaderColumn + 1;
  return specs.map((spec) => {
    const found = table.columns.get(spec.key)?.[0];
    const column = found?.column ?? next++;
    const cells = cellsFor(spec.key);
    return { sheet, headerRow: table.headerRow, column, header: spec.canonical, writeHeader: found === undefined, typedHeader: found?.header, firstRow: table.firstRow, cells };
  });
}
