import type { OutputCell } from '../../engine';
import { excelInput } from './excelInput';
import { styleOps } from './styleOps';
import { COMMAND_OVERHEAD_BYTES, payloadBytes, WriteOp } from './WriteOp';

/**
 * The commands that write a rectangular block of output cells at (row, column): number formats
 * (before values, so typed text lands in the right format), values, then styles (see styleOps),
 * then hyperlinks. `fresh` is true on a sheet just added, where nothing needs resetting.
 */
export function blockOps(sheet: string, row: number, column: number, block: ReadonlyArray<ReadonlyArray<OutputCell>>, fresh: boolean): WriteOp[] {
  const rowCount = block.length;
  const columnCount = block[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return [];
  const ops: WriteOp[] = [];
  const at = { sheet, row, column, rowCount, columnCount };

  if (block.some((line) => line.some((cell) => cell.numberFormat !== undefined))) {
    const perCell = block.map((line) => line.map((cell) => cell.numberFormat ?? 'General'));
    // One format for the whole block when all agree: Excel applies a single value to every cell.
    const formats = perCell.every((line) => line.every((format) => format === perCell[0][0])) ? perCell[0][0] : perCell;
    ops.push({ kind: 'numberFormat', ...at, formats, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes(formats) });
  }
  const values = block.map((line) => line.map((cell) => excelInput(cell.value)));
  ops.push({ kind: 'values', sheet, row, column, values, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes(values) });

  for (const op of styleOps(sheet, row, column, block, fresh)) ops.push(op);

  block.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.hyperlink === undefined) return;
      const text = cell.value === null ? cell.hyperlink : String(cell.value);
      ops.push({ kind: 'hyperlink', sheet, row: row + r, column: column + c, target: cell.hyperlink, text, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes([cell.hyperlink, text]) });
    }),
  );
  return ops;
}
