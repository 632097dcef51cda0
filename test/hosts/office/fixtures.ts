import type { CellValue, ColumnWrite, OutputCell, WritePlan } from '../../../src/engine';
import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';

/** Rows 1-3 of seed 002's Appendix 1 under a title row, header on sheet row 3 (index 2). */
export const INDICATORS: CellValue[][] = [
  ['Safer Communities dashboard Q4 2016/17'],
  [],
  ['Outcome', 'Indicator', 'Previous value', 'Current value'],
  ['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 47.21, 51.61],
  [null, 'Domestic Burglary rate (per 1,000 population)', 3.53, 3.91],
  [null, 'Vehicle Crime rate (per 1,000 population)', 7.07, 7.29],
];

export function indicatorsExcel(): FakeExcel {
  return new FakeExcel(FakeWorkbookStore.fromGrids([{ name: 'Indicators', values: INDICATORS }]));
}

/** An output column at `column` (0-based) with header row 2 and data from row 3. */
export function columnWrite(column: number, header: string, cells: ReadonlyArray<OutputCell | null>, writeHeader = true): ColumnWrite {
  return { sheet: 'Indicators', headerRow: 2, column, header, writeHeader, firstRow: 3, cells };
}

export function planOf(...columns: ColumnWrite[]): WritePlan {
  return { columns, ownedSheets: [] };
}

/** Everything the store holds, as text, to prove that nothing at all changed. */
export function storeSnapshot(store: FakeWorkbookStore): string {
  return JSON.stringify(
    store.sheets.map((s) => ({
      name: s.name,
      protected: s.protected,
      merges: s.merges,
      tables: s.tables,
      widths: [...s.columnWidths],
      rows: [...s.rows].map(([r, line]) => [r, [...line]]),
    })),
  );
}
