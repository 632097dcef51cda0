import type { OutputCell } from '../../engine';
import { areaAddress } from './areasAddress';
import { CellArea, COMMAND_OVERHEAD_BYTES, payloadBytes, StyleChange, WriteOp } from './WriteOp';

/** Room for one getRanges address; Excel's limit is 8192 characters and longer ones are cut. */
export const MAX_AREAS_ADDRESS_CHARS = 4096;

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

type Property = 'fill' | 'fontColor' | 'bold' | 'italic' | 'horizontalAlignment' | 'wrapText';
const PROPERTIES: ReadonlyArray<Property> = ['fill', 'fontColor', 'bold', 'italic', 'horizontalAlignment', 'wrapText'];
/** What a cell that does not set the property gets where the block is reset; fill "" is cleared. */
const RESET: Readonly<Record<Property, string | boolean>> = { fill: '', fontColor: '#000000', bold: false, italic: false, horizontalAlignment: 'General', wrapText: false };

/** The style properties a cell ends up with; absent properties are left alone. */
type Look = Partial<Record<Property, string | boolean>>;

/**
 * The style commands for a block of output cells at (row, column). On a `fresh` sheet only what
 * cells set is written; elsewhere fills are cleared and every property the block sets somewhere is
 * reset in the cells that do not set it, so a second run gives the same workbook as the first.
 *
 * Cells are grouped by look. When every cell has a look over the same properties, the look with the
 * most runs is set on the whole block in one command, and each other look sets only the properties
 * where it differs, on all its runs at once (a RangeAreas per 4 KB of address). An RAG column of
 * 100,000 rows is then a handful of commands instead of one per run of equal colour.
 */
export function styleOps(sheet: string, row: number, column: number, block: ReadonlyArray<ReadonlyArray<OutputCell>>, fresh: boolean): WriteOp[] {
  const looks = cellLooks(block, fresh);
  const groups = runsByLook(looks);
  const ops: WriteOp[] = [];
  const propertySets = new Set(looks.flatMap((line) => line.map((look) => Object.keys(look).join())));
  let base: Look = {};
  if (propertySets.size === 1 && !propertySets.has('')) {
    const [key, most] = [...groups].reduce((a, b) => (b[1].runs.length > a[1].runs.length ? b : a));
    base = most.look;
    groups.delete(key);
    ops.push(styleOp(sheet, [{ row, column, rowCount: block.length, columnCount: block[0].length }], base));
  }
  for (const { look, runs } of groups.values()) {
    const change: Look = {};
    for (const property of PROPERTIES) if (look[property] !== undefined && look[property] !== base[property]) change[property] = look[property];
    if (Object.keys(change).length === 0) continue;
    const areas = runs.map((run) => ({ ...run, row: row + run.row, column: column + run.column }));
    for (const chunk of addressChunks(areas)) ops.push(styleOp(sheet, chunk, change));
  }
  return ops;
}

function cellLooks(block: ReadonlyArray<ReadonlyArray<OutputCell>>, fresh: boolean): Look[][] {
  const sets = block.map((line) => line.map(lookOf));
  if (fresh) return sets;
  const reset = PROPERTIES.filter((p) => p === 'fill' || block.some((line) => line.some((cell) => cell[p] !== undefined)));
  return sets.map((line) =>
    line.map((set) => {
      const look: Look = {};
      for (const property of reset) look[property] = set[property] ?? RESET[property];
      return look;
    }),
  );
}

/** The properties a cell sets beyond Excel's defaults, in PROPERTIES order. */
function lookOf(cell: OutputCell): Look {
  const look: Look = {};
  if (cell.fill) look.fill = cell.fill;
  if (cell.fontColor) look.fontColor = cell.fontColor;
  if (cell.bold) look.bold = true;
  if (cell.italic) look.italic = true;
  if (cell.horizontalAlignment) look.horizontalAlignment = ALIGNMENT[cell.horizontalAlignment];
  if (cell.wrapText) look.wrapText = true;
  return look;
}

/**
 * Runs of consecutive cells of equal look, grouped by look, taken down each column or along each
 * row, whichever gives fewer runs. Cells with nothing to set belong to no group.
 */
function runsByLook(looks: ReadonlyArray<ReadonlyArray<Look>>): Map<string, { look: Look; runs: CellArea[] }> {
  const keys = looks.map((line) => line.map((look) => JSON.stringify(look)));
  const rowCount = keys.length;
  const columnCount = keys[0]?.length ?? 0;
  const collect = (down: boolean) => {
    const groups = new Map<string, { look: Look; runs: CellArea[] }>();
    let count = 0;
    const lines = down ? columnCount : rowCount;
    const length = down ? rowCount : columnCount;
    const keyAt = (line: number, i: number) => (down ? keys[i][line] : keys[line][i]);
    for (let line = 0; line < lines; line++) {
      let start = 0;
      while (start < length) {
        const key = keyAt(line, start);
        let end = start + 1;
        while (end < length && keyAt(line, end) === key) end++;
        if (key !== '{}') {
          let group = groups.get(key);
          if (!group) groups.set(key, (group = { look: down ? looks[start][line] : looks[line][start], runs: [] }));
          group.runs.push(down ? { row: start, column: line, rowCount: end - start, columnCount: 1 } : { row: line, column: start, rowCount: 1, columnCount: end - start });
          count++;
        }
        start = end;
      }
    }
    return { groups, count };
  };
  if (columnCount === 1) return collect(true).groups;
  if (rowCount === 1) return collect(false).groups;
  const down = collect(true);
  const across = collect(false);
  return down.count < across.count ? down.groups : across.groups;
}

/** Consecutive areas whose joined address stays within MAX_AREAS_ADDRESS_CHARS. */
function addressChunks(areas: ReadonlyArray<CellArea>): CellArea[][] {
  const chunks: CellArea[][] = [];
  let current: CellArea[] = [];
  let length = 0;
  for (const area of areas) {
    const text = areaAddress(area).length;
    if (current.length > 0 && length + 1 + text > MAX_AREAS_ADDRESS_CHARS) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + text;
    current.push(area);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function styleOp(sheet: string, areas: ReadonlyArray<CellArea>, look: Look): WriteOp {
  const style: { -readonly [K in keyof StyleChange]: StyleChange[K] } = {};
  if (look.fill === '') style.clearFill = true;
  else if (typeof look.fill === 'string') style.fill = look.fill;
  if (typeof look.fontColor === 'string') style.fontColor = look.fontColor;
  if (typeof look.bold === 'boolean') style.bold = look.bold;
  if (typeof look.italic === 'boolean') style.italic = look.italic;
  if (typeof look.horizontalAlignment === 'string') style.horizontalAlignment = look.horizontalAlignment as StyleChange['horizontalAlignment'];
  if (typeof look.wrapText === 'boolean') style.wrapText = look.wrapText;
  const address = areas.length === 1 ? 0 : areas.reduce((sum, area) => sum + areaAddress(area).length + 1, 2);
  return { kind: 'style', sheet, areas, style, bytes: COMMAND_OVERHEAD_BYTES * (2 + Object.keys(style).length) + address + payloadBytes(style) };
}
