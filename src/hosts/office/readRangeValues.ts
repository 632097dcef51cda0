import type { ExcelContext } from './ExcelContext';

/** The values of one A1 range on a sheet, row by row, in one sync (Explain's check of the selected row). */
export async function readRangeValues(context: ExcelContext, sheet: string, address: string): Promise<unknown[][]> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
  await context.sync();
  return range.values;
}
