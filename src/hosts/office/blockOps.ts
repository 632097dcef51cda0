import type { OutputCell } from '../../engine';
import { excelInput } from './excelInput';
import { COMMAND_OVERHEAD_BYTES, payloadBytes, StyleChange, WriteOp } from './WriteOp';

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

/**
 * The commands that write a rectangular block of output cells at (row, column): number formats
 * (before values, so typed text lands in the right format), values, then styles grouped into runs of
 * equal style, then hyperlinks. On a `fresh` sheet nothing needs resetting; elsewhere fills are
 * cleared and the style properties the block uses are reset first, so a second run gives the same
 * workbook as the first.
 */
export function blockOps(sheet: string, row: number, column: number, block: ReadonlyArray<ReadonlyArray<OutputCell>>, fresh: boolean): WriteOp[] {
  const rowCount = block.length;
  const columnCount = block[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return [];
  const ops: WriteOp[] = [];
  const at = { sheet, row, column };

  if (block.some((line) => line.some((cell) => cell.numberFormat !== undefined))) {
    const formats = block.map((line) => line.map((cell) => cell.numberFormat ?? 'General'));
    ops.push({ kind: 'numberFormat', ...at, formats, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes(formats) });
  }
  const values = block.map((line) => line.map((cell) => excelInput(cell.value)));
  ops.push({ kind: 'values', ...at, values, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes(values) });

  if (!fresh) ops.push(styleOp(sheet, row, column, rowCount, columnCount, resetStyle(block)));
  for (const run of styleRuns(block)) ops.push(styleOp(sheet, row + run.row, column + run.column, run.rowCount, run.columnCount, run.style));

  block.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.hyperlink === undefined) return;
      const text = cell.value === null ? cell.hyperlink : String(cell.value);
      ops.push({ kind: 'hyperlink', sheet, row: row + r, column: column + c, target: cell.hyperlink, text, bytes: COMMAND_OVERHEAD_BYTES * 2 + payloadBytes([cell.hyperlink, text]) });
    }),
  );
  return ops;
}

function styleOp(sheet: string, row: number, column: number, rowCount: number, columnCount: number, style: StyleChange): WriteOp {
  const properties = Object.keys(style).length;
  return { kind: 'style', sheet, row, column, rowCount, columnCount, style, bytes: COMMAND_OVERHEAD_BYTES * (1 + properties) + payloadBytes(style) };
}

/** Fill cleared always; font and alignment reset only where the block sets them somewhere. */
function resetStyle(block: ReadonlyArray<ReadonlyArray<OutputCell>>): StyleChange {
  const uses = (key: keyof OutputCell) => block.some((line) => line.some((cell) => cell[key] !== undefined));
  return {
    clearFill: true,
    ...(uses('fontColor') ? { fontColor: '#000000' } : {}),
    ...(uses('bold') ? { bold: false } : {}),
    ...(uses('italic') ? { italic: false } : {}),
    ...(uses('horizontalAlignment') ? { horizontalAlignment: 'General' as const } : {}),
    ...(uses('wrapText') ? { wrapText: false } : {}),
  };
}

/** The cell's style beyond Excel's defaults, or undefined when it has none. */
function styleOf(cell: OutputCell): StyleChange | undefined {
  const style: { -readonly [K in keyof StyleChange]: StyleChange[K] } = {};
  if (cell.fill) style.fill = cell.fill;
  if (cell.fontColor) style.fontColor = cell.fontColor;
  if (cell.bold) style.bold = true;
  if (cell.italic) style.italic = true;
  if (cell.horizontalAlignment) style.horizontalAlignment = ALIGNMENT[cell.horizontalAlignment];
  if (cell.wrapText) style.wrapText = true;
  return Object.keys(style).length === 0 ? undefined : style;
}

interface StyleRun {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly style: StyleChange;
}

/**
 * Consecutive cells of equal style, taken down each column or along each row, whichever gives fewer
 * runs (one command each): an output column is one run down, and a table whose columns each keep one
 * style (the Dashboard sheet) takes a few runs per column instead of several per row.
 */
function styleRuns(block: ReadonlyArray<ReadonlyArray<OutputCell>>): StyleRun[] {
  const rowCount = block.length;
  const columnCount = block[0]?.length ?? 0;
  const styles = block.map((line) => line.map(styleOf));
  const keys = styles.map((line) => line.map((style) => (style ? JSON.stringify(style) : '')));
  const collect = (down: boolean): StyleRun[] => {
    const runs: StyleRun[] = [];
    const lines = down ? columnCount : rowCount;
    const length = down ? rowCount : columnCount;
    const at = (line: number, i: number) => (down ? [i, line] : [line, i]) as [number, number];
    for (let line = 0; line < lines; line++) {
      let start = 0;
      while (start < length) {
        const [r, c] = at(line, start);
        const key = keys[r][c];
        let end = start + 1;
        while (end < length && keys[at(line, end)[0]][at(line, end)[1]] === key) end++;
        const style = styles[r][c];
        if (style) runs.push(down ? { row: start, column: line, rowCount: end - start, columnCount: 1, style } : { row: line, column: start, rowCount: 1, columnCount: end - start, style });
        start = end;
      }
    }
    return runs;
  };
  if (columnCount === 1) return collect(true);
  if (rowCount === 1) return collect(false);
  const down = collect(true);
  const across = collect(false);
  return down.length < across.length ? down : across;
}
