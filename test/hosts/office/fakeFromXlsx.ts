import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/engine';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';

/** Loads an .xlsx into the fake's store with ExcelJS (test code only: the fake itself stays browser-safe). */
export async function fakeStoreFromXlsx(path: string): Promise<FakeWorkbookStore> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const store = new FakeWorkbookStore();
  workbook.eachSheet((worksheet) => {
    const values: CellValue[][] = [];
    const formats: (string | undefined)[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        (values[rowNumber - 1] ??= [])[columnNumber - 1] = toCellValue(cell.value);
        if (cell.numFmt) (formats[rowNumber - 1] ??= [])[columnNumber - 1] = cell.numFmt;
      });
    });
    const dense = Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? null));
    const denseFormats = Array.from(formats, (row) => Array.from(row ?? []));
    store.addSheet(worksheet.name, dense, denseFormats);
    for (const range of worksheet.model.merges ?? []) store.merge(worksheet.name, range);
  });
  return store;
}

function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return value.result === undefined ? null : toCellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}
