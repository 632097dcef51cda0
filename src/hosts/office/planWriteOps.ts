import type { ColumnWrite, OutputCell, OwnedSheet, WritePlan } from '../../engine';
import { chartBytes } from './addChart';
import { blockOps } from './blockOps';
import { COMMAND_OVERHEAD_BYTES, payloadBytes, WriteOp } from './WriteOp';

/** No single command carries more than this, so any command fits in a sync with room to spare. */
export const MAX_PIECE_BYTES = 1_000_000;

/**
 * The whole write as an ordered list of commands: each output column's header (when new) and its
 * runs of non-null cells (a null cell is left exactly as it is), then each owned sheet rebuilt:
 * emptied in place (cells, merges, charts) when it exists, else added; values and formats, merges,
 * column widths; then the charts. A chart is drawn only on an owned sheet of this plan: that sheet
 * was just emptied of charts, so a rerun never duplicates them, and no chart lands on a user's sheet.
 * `chartCounts` holds the sheets that exist now, by lower-cased name, with how many charts each has.
 */
export function planWriteOps(plan: WritePlan, chartCounts: ReadonlyMap<string, number>): WriteOp[] {
  const ops: WriteOp[] = [];
  // Loops, not push(...many): a 100,000-row plan would overflow the call stack with spread arguments.
  for (const write of plan.columns) for (const op of columnOps(write)) ops.push(op);
  for (const sheet of plan.ownedSheets) for (const op of ownedSheetOps(sheet, chartCounts.get(sheet.name.toLowerCase()))) ops.push(op);
  const owned = new Set(plan.ownedSheets.map((s) => s.name.toLowerCase()));
  for (const spec of plan.charts ?? []) if (owned.has(spec.sheet.toLowerCase())) ops.push({ kind: 'chart', spec, bytes: chartBytes(spec) });
  return ops;
}

function columnOps(write: ColumnWrite): WriteOp[] {
  const ops: WriteOp[] = [];
  if (write.writeHeader) ops.push(...blockOps(write.sheet, write.headerRow, write.column, [[{ value: write.header, bold: true }]], true));
  let start = 0;
  while (start < write.cells.length) {
    if (write.cells[start] === null) {
      start++;
      continue;
    }
    let end = start;
    while (end < write.cells.length && write.cells[end] !== null) end++;
    const run = write.cells.slice(start, end) as OutputCell[];
    for (const piece of pieces(run.map((cell) => [cell]))) {
      ops.push(...blockOps(write.sheet, write.firstRow + start + piece.offset, write.column, piece.rows, false));
    }
    start = end;
  }
  return ops;
}

/** `charts` is undefined when the sheet does not exist yet. */
function ownedSheetOps(sheet: OwnedSheet, charts: number | undefined): WriteOp[] {
  const ops: WriteOp[] = [
    charts === undefined
      ? { kind: 'addSheet', sheet: sheet.name, bytes: COMMAND_OVERHEAD_BYTES * 2 }
      : // The used-range lookup, unmerge, clear, and a delete per chart.
        { kind: 'clearSheet', sheet: sheet.name, charts, bytes: COMMAND_OVERHEAD_BYTES * (3 + charts) },
  ];
  const width = sheet.rows.reduce((widest, r) => Math.max(widest, r.length), 0);
  const rows = sheet.rows.map((r) => [...r, ...Array.from({ length: width - r.length }, (): OutputCell => ({ value: null }))]);
  if (width > 0) for (const piece of pieces(rows)) ops.push(...blockOps(sheet.name, piece.offset, 0, piece.rows, true));
  // A range lookup then merge(): two commands' overhead (one undercounted 100,000 Dashboard merges past 5 MB).
  for (const area of sheet.merges) ops.push({ kind: 'merge', sheet: sheet.name, area, bytes: COMMAND_OVERHEAD_BYTES * 2 });
  (sheet.columnWidths ?? []).forEach((characters, column) => {
    // Excel's column width in characters of the default font is about 7 px per character plus 5 px padding; 0.75 pt per px.
    ops.push({ kind: 'columnWidth', sheet: sheet.name, column, points: Math.round((characters * 7 + 5) * 0.75 * 100) / 100, bytes: COMMAND_OVERHEAD_BYTES });
  });
  return ops;
}

/** Splits rows into consecutive pieces whose values and formats stay under MAX_PIECE_BYTES. */
function pieces(rows: ReadonlyArray<ReadonlyArray<OutputCell>>): { offset: number; rows: ReadonlyArray<ReadonlyArray<OutputCell>> }[] {
  const out: { offset: number; rows: ReadonlyArray<ReadonlyArray<OutputCell>> }[] = [];
  let offset = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const rowBytes = row.reduce((sum, cell) => sum + payloadBytes(cell.value) + payloadBytes(cell.numberFormat ?? 'General') + 4, 4);
    if (i > offset && bytes + rowBytes > MAX_PIECE_BYTES) {
      out.push({ offset, rows: rows.slice(offset, i) });
      offset = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (offset < rows.length) out.push({ offset, rows: rows.slice(offset) });
  return out;
}
