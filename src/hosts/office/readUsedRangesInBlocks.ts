import type { ExcelContext } from './ExcelContext';
import type { LoadedUsedRange } from './usedRangeToGrid';
import { payloadBytes } from './WriteOp';

/** Cells in the first block; later blocks are sized from the bytes the previous one took. */
const FIRST_BLOCK_CELLS = 50_000;
/** Response bytes aimed at per block: under Excel on the web's 5 MB, with room for rows larger than those measured. */
const TARGET_BLOCK_BYTES = 3_500_000;

/**
 * The fallback when every used range together is too large for one response (Excel on the web
 * refuses responses over 5 MB): one sync for each sheet's used-range bounds, then one sync per block
 * of rows, each block sized to about 3.5 MB from what the previous one took (halved if Excel still
 * refuses it). Only very large workbooks (tens of thousands of rows) take this path.
 */
export async function readUsedRangesInBlocks(context: ExcelContext, names: ReadonlyArray<string>): Promise<(LoadedUsedRange | undefined)[]> {
  const bounds = names.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
  );
  await context.sync();
  const out: (LoadedUsedRange | undefined)[] = [];
  for (const [i, name] of names.entries()) {
    const used = bounds[i];
    if (used.isNullObject) {
      out.push(undefined);
      continue;
    }
    const read: { values: unknown[][]; numberFormat: unknown[][]; valueTypes: string[][] } = { values: [], numberFormat: [], valueTypes: [] };
    let blockCells = FIRST_BLOCK_CELLS;
    let row = 0;
    while (row < used.rowCount) {
      const rows = Math.min(used.rowCount - row, Math.max(1, Math.floor(blockCells / used.columnCount)));
      const block = context.workbook.worksheets
        .getItem(name)
        .getRangeByIndexes(used.rowIndex + row, used.columnIndex, rows, used.columnCount)
        .load(['values', 'numberFormat', 'valueTypes']);
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code !== 'ResponsePayloadSizeLimitExceeded' || rows === 1) throw error;
        blockCells = Math.floor(blockCells / 2);
        continue;
      }
      for (const row of block.values) read.values.push(row);
      for (const row of block.numberFormat) read.numberFormat.push(row);
      for (const row of block.valueTypes) read.valueTypes.push([...row]);
      row += rows;
      const bytes = payloadBytes(block.values) + payloadBytes(block.numberFormat) + payloadBytes(block.valueTypes);
      blockCells = Math.max(used.columnCount, Math.floor((rows * used.columnCount * TARGET_BLOCK_BYTES) / Math.max(bytes, 1)));
    }
    out.push({ ...read, rowIndex: used.rowIndex, columnIndex: used.columnIndex });
  }
  return out;
}
