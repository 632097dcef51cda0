import type { SheetGrid } from '../../engine';
import type { ExcelContext } from './ExcelContext';
import { readUsedRangesInBlocks } from './readUsedRangesInBlocks';
import { usedRangeToGrid } from './usedRangeToGrid';

/**
 * Every worksheet's used range in two syncs: the sheet names first, then values, number formats and
 * value types of every sheet together. When that answer is too large for Excel on the web (over
 * 5 MB, roughly 100,000 cells), the read falls back to blocks of rows, one sync each.
 */
export async function readSheetGrids(context: ExcelContext): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const ranges = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load(['values', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex']),
  );
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ResponsePayloadSizeLimitExceeded') throw error;
    const blocks = await readUsedRangesInBlocks(context, names);
    return names.map((name, i) => usedRangeToGrid(name, blocks[i]));
  }
  return names.map((name, i) => usedRangeToGrid(name, ranges[i].isNullObject ? undefined : ranges[i]));
}
