import type { ExcelContext } from './ExcelContext';

/** Activates the sheet and selects the cell (or range) for the reviewer, in one sync. */
export async function selectCell(context: ExcelContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
