import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { LocatedTable } from '../sheets/locateTable';

/**
 * Places output columns: a column whose header exists is filled in place; a missing one is added to
 * the right of the table's last header (and of any column added before it), with its canonical header.
 */
export class OutputColumnPlacer {
  private next: number;

  constructor(
    private readonly sheet: string,
    private readonly table: LocatedTable,
  ) {
    this.next = table.lastHeaderColumn + 1;
  }

  existing(key: string): number | undefined {
    return this.table.columns.get(key)?.[0]?.column;
  }

  /** One ColumnWrite; `cells` runs from the table's first data row to its end. */
  place(key: string, header: string, cells: ReadonlyArray<OutputCell | null>): ColumnWrite {
    const found = this.table.columns.get(key)?.[0];
    return {
      sheet: this.sheet,
      headerRow: this.table.headerRow,
      column: found?.column ?? this.next++,
      header,
      writeHeader: found === undefined,
      typedHeader: found?.header,
      firstRow: this.table.firstRow,
      cells,
    };
  }
}
