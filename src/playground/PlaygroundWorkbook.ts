import type { CellValue } from '../engine';
import { FakeWorkbookStore } from '../hosts/fakeExcel/FakeWorkbookStore';

/** The sample workbook as scripts/playground.js serves it at /workbook.json. */
export interface PlaygroundWorkbook {
  readonly name: string;
  readonly sheets: ReadonlyArray<{
    readonly name: string;
    readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
    readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined | null>>;
    readonly fills?: ReadonlyArray<ReadonlyArray<string | undefined | null>>;
    /** "B3:B6" */
    readonly merges?: ReadonlyArray<string>;
  }>;
}

/** Builds the fake Excel's in-memory workbook from the served JSON, fills and merges included. */
export function storeFromWorkbook(workbook: PlaygroundWorkbook): FakeWorkbookStore {
  const store = new FakeWorkbookStore();
  for (const sheet of workbook.sheets) {
    const formats = sheet.numberFormats?.map((row) => row.map((f) => (f && f !== 'General' ? f : undefined)));
    const stored = store.addSheet(sheet.name, sheet.values, formats);
    sheet.fills?.forEach((row, r) =>
      row.forEach((fill, c) => {
        if (fill) stored.cellForWrite(r, c).fill = fill;
      }),
    );
    for (const merge of sheet.merges ?? []) store.merge(sheet.name, merge);
  }
  return store;
}

export async function fetchWorkbook(url = '/workbook.json'): Promise<PlaygroundWorkbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as PlaygroundWorkbook;
}
