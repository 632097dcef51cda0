import type { ExcelContext } from './ExcelContext';
import { excelInput } from './excelInput';

export const SETTINGS_SHEET = 'Settings';

/**
 * Adds a Settings sheet holding `Setting | Value` and the given rows, unless a sheet of that name
 * exists already (it is never overwritten). Returns true when it was created. Two syncs.
 */
export async function createSettingsSheet(context: ExcelContext, rows: ReadonlyArray<readonly [string, string | number]>): Promise<boolean> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (!existing.isNullObject) return false;
  const sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
  const values = [['Setting', 'Value'], ...rows.map(([name, value]) => [name, value])].map((row) => row.map(excelInput));
  sheet.getRangeByIndexes(0, 0, values.length, 2).values = values;
  sheet.getRangeByIndexes(0, 0, 1, 2).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 180;
  sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 120;
  await context.sync();
  return true;
}
