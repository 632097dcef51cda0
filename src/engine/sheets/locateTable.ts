import { CellValue, SheetGrid, cellAt, isCellError } from '../grid/CellGrid';
import { NormalisedHeader, normaliseHeader, normaliseHeaderText } from './normaliseHeader';
import { startsWithWord } from '../text/startsWithWord';

/** One column a sheet kind knows, by its canonical header and accepted synonyms. */
export interface ColumnSpec {
  readonly key: string;
  readonly canonical: string;
  readonly synonyms?: ReadonlyArray<string>;
  /** Matches every header starting with the canonical text as a whole word ("Harm (Police)", not "Harmful …"); may match many columns. */
  readonly prefix?: boolean;
}

export interface LocatedColumn {
  readonly key: string;
  readonly column: number;
  /** The header exactly as typed. */
  readonly header: string;
  /** A bracketed label in the header, e.g. the period in "Previous Year (2015-16)". */
  readonly label?: string;
}

export interface LocatedTable {
  readonly headerRow: number;
  /** First data row (headerRow + 1). */
  readonly firstRow: number;
  /** One past the last data row: the first blank row, footnote row, or end of sheet. */
  readonly endRow: number;
  /** Columns found, by key; prefix specs may map to several columns. */
  readonly columns: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>;
  /**
   * Rightmost non-empty cell of the header row and the data rows, so new output columns go after it
   * and never over a note typed beside the table.
   */
  readonly lastHeaderColumn: number;
  /** Footnote rows under the table ("* estimated"), as typed. */
  readonly footnotes: ReadonlyArray<{ row: number; text: string }>;
  /** Header cells matching a key already found further left: not read (the first column wins). */
  readonly ignoredColumns: ReadonlyArray<IgnoredColumn>;
}

export interface IgnoredColumn {
  readonly ignored: LocatedColumn;
  /** The column read for the same key. */
  readonly used: LocatedColumn;
}

export const HEADER_SEARCH_ROWS = 20;

export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}

/** A non-empty cell of a header search row, normalised once for every spec tried against it. */
export interface HeaderCell {
  readonly column: number;
  /** The header exactly as typed, trimmed. */
  readonly header: string;
  readonly normalised: NormalisedHeader;
}

/**
 * The first HEADER_SEARCH_ROWS rows of one sheet as header cells, each row read and normalised on
 * first use, so the Settings table and every sheet kind try the same normalised cells.
 */
export interface HeaderSearch {
  readonly grid: SheetGrid;
  /** The non-empty cells of a row, left to right. */
  row(row: number): ReadonlyArray<HeaderCell>;
}

export function headerSearch(grid: SheetGrid): HeaderSearch {
  const rows: (HeaderCell[] | undefined)[] = [];
  return {
    grid,
    row(row) {
      return (rows[row] ??= headerCells(grid, row));
    },
  };
}

function headerCells(grid: SheetGrid, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const width = grid.values[row]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    const header = cellText(cellAt(grid, row, column)).trim();
    if (header !== '') cells.push({ column, header, normalised: normaliseHeader(header) });
  }
  return cells;
}

/**
 * A spec list made ready for matching: each accepted name (normalised) to the first spec accepting
 * it, and the prefix specs in order. Built once per spec list (the lists are module constants), so a
 * header cell is matched with a look-up or two instead of a scan of every spec's names.
 */
interface SpecMatcher {
  readonly exact: ReadonlyMap<string, number>;
  readonly prefixes: ReadonlyArray<{ readonly index: number; readonly names: ReadonlyArray<string> }>;
}

const SPEC_MATCHERS = new WeakMap<ReadonlyArray<ColumnSpec>, SpecMatcher>();

function specMatcher(specs: ReadonlyArray<ColumnSpec>): SpecMatcher {
  let matcher = SPEC_MATCHERS.get(specs);
  if (matcher === undefined) {
    const exact = new Map<string, number>();
    const prefixes: { index: number; names: string[] }[] = [];
    specs.forEach((spec, index) => {
      const names = [spec.canonical, ...(spec.synonyms ?? [])].map(normaliseHeaderText);
      if (spec.prefix) prefixes.push({ index, names });
      else for (const name of names) if (!exact.has(name)) exact.set(name, index);
    });
    matcher = { exact, prefixes };
    SPEC_MATCHERS.set(specs, matcher);
  }
  return matcher;
}

/**
 * The first spec (by index) accepting a header, or -1: a prefix spec when the header starts with one
 * of its names as a whole word, else the whole header among a spec's names, else (for a header with a trailing
 * bracket) its name without the bracket, which makes the bracket the column's label.
 */
function firstMatchingSpec(header: NormalisedHeader, matcher: SpecMatcher): { index: number; label?: string } | undefined {
  let index = matcher.exact.get(header.full) ?? -1;
  let label: string | undefined;
  if (header.label !== undefined) {
    const byName = matcher.exact.get(header.name);
    if (byName !== undefined && (index === -1 || byName < index)) {
      index = byName;
      label = header.label;
    }
  }
  for (const prefix of matcher.prefixes) {
    if (index !== -1 && prefix.index > index) break;
    if (prefix.names.some((name) => startsWithWord(header.full, name))) {
      index = prefix.index;
      label = undefined;
      break;
    }
  }
  return index === -1 ? undefined : { index, label };
}

/** Maps one row's cells to the specs they match; a column matches the first spec that accepts it. */
function matchHeaderCells(cells: ReadonlyArray<HeaderCell>, specs: ReadonlyArray<ColumnSpec>, ignored?: IgnoredColumn[]): Map<string, LocatedColumn[]> {
  const found = new Map<string, LocatedColumn[]>();
  const matcher = specMatcher(specs);
  for (const { column, header, normalised } of cells) {
    const match = firstMatchingSpec(normalised, matcher);
    if (match === undefined) continue;
    const spec = specs[match.index];
    const list = found.get(spec.key) ?? [];
    const located = { key: spec.key, column, header, label: match.label };
    if (list.length > 0 && !spec.prefix) {
      ignored?.push({ ignored: located, used: list[0] }); // the first occurrence wins
      continue;
    }
    list.push(located);
    found.set(spec.key, list);
  }
  return found;
}

/**
 * Starts with a footnote mark a figure can carry (`*`, `†`, `‡`) or "note" in any case; the first
 * character is checked before the regex, as most rows are data.
 */
function isFootnoteText(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 42 /* "*" */ || first === 0x2020 /* "†" */ || first === 0x2021 /* "‡" */ || ((first === 78 || first === 110) /* "N", "n" */ && /^note/i.test(text));
}

const NO_CELLS: ReadonlyArray<CellValue> = [];

function isFilled(value: CellValue | undefined): boolean {
  return value !== null && value !== undefined && cellText(value).trim() !== '';
}

/** The column of a row's first non-blank cell; -1 for a blank row (missing cells are blank). */
function firstFilledColumn(cells: ReadonlyArray<CellValue>): number {
  for (let c = 0; c < cells.length; c++) if (isFilled(cells[c])) return c;
  return -1;
}

/** True when the row holds at most `most` non-blank cells from `from` on. */
function fewFilledCells(cells: ReadonlyArray<CellValue>, from: number, most: number): boolean {
  let filled = 0;
  for (let c = from; c < cells.length; c++) if (isFilled(cells[c]) && ++filled > most) return false;
  return true;
}

/**
 * True for a row that ends the table: fully blank, or a footnote row (contract intro: a row whose
 * first cell starts with `*` or "Note"). A row starting in the table's first column, or further left,
 * is a footnote when its text starts so; one starting further right (its Outcome left blank, as under
 * merged cells) only when it is a line of text, not a row of figures: an indicator named "Notes of
 * concern" with its polarity and figures is data.
 */
function endsTable(grid: SheetGrid, row: number, tableStart: number): boolean {
  const cells = grid.values[row] ?? NO_CELLS;
  const first = firstFilledColumn(cells);
  if (first === -1) return true;
  if (footnoteStart(cells, first) === undefined) return false;
  return first <= tableStart || fewFilledCells(cells, first, 2);
}

/** The row's first text, trimmed, when it starts like a footnote; `first` is firstFilledColumn's answer. */
function footnoteStart(cells: ReadonlyArray<CellValue>, first: number): string | undefined {
  if (first === -1) return undefined;
  const text = cellText(cells[first]).trim();
  return isFootnoteText(text) ? text : undefined;
}

/** Rightmost non-empty cell of rows [from, to); -1 when there is none. */
function lastFilledColumn(grid: SheetGrid, from: number, to: number): number {
  let last = -1;
  for (let row = from; row < to; row++) {
    const cells = grid.values[row];
    if (!cells) continue;
    // From the right, down to the rightmost column found so far: most rows stop at their last cell.
    for (let c = cells.length - 1; c > last; c--) {
      const v = cells[c];
      if (v === undefined && !(c in cells)) continue; // a hole in a sparse row is no cell
      if (v !== null && v !== '') {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * Finds a table by its header row: the first row within the first 20 whose headers satisfy
 * `isComplete`. The data runs to the first fully blank row or footnote row (contract intro).
 */
export function locateTable(
  grid: SheetGrid,
  specs: ReadonlyArray<ColumnSpec>,
  isComplete: (found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>) => boolean,
): LocatedTable | undefined {
  return locateTableIn(headerSearch(grid), specs, isComplete);
}

/** locateTable over a sheet's shared header search, for callers trying several spec lists on one sheet. */
export function locateTableIn(
  search: HeaderSearch,
  specs: ReadonlyArray<ColumnSpec>,
  isComplete: (found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>) => boolean,
): LocatedTable | undefined {
  const grid = search.grid;
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let headerRow = 0; headerRow < limit; headerRow++) {
    const ignoredColumns: IgnoredColumn[] = [];
    const columns = matchHeaderCells(search.row(headerRow), specs, ignoredColumns);
    if (!isComplete(columns)) continue;
    const tableStart = firstHeaderColumn(columns);
    let endRow = headerRow + 1;
    while (endRow < grid.values.length && !endsTable(grid, endRow, tableStart)) endRow++;
    const footnotes: { row: number; text: string }[] = [];
    for (let row = endRow; row < grid.values.length; row++) {
      const cells = grid.values[row] ?? NO_CELLS;
      const text = footnoteStart(cells, firstFilledColumn(cells));
      if (text !== undefined) footnotes.push({ row, text });
    }
    // Any cell typed in the header or data rows counts, so a note beside the table is never written over.
    const lastHeaderColumn = lastFilledColumn(grid, headerRow, endRow);
    return { headerRow, firstRow: headerRow + 1, endRow, columns, lastHeaderColumn, footnotes, ignoredColumns };
  }
  return undefined;
}

/** The leftmost column the table's headers were found in. */
function firstHeaderColumn(columns: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): number {
  let first = Infinity;
  for (const list of columns.values()) for (const c of list) if (c.column < first) first = c.column;
  return first;
}

/** The non-empty header texts of the first 20 rows, for "which headers were seen" messages. */
export function headersSeen(grid: SheetGrid): string[] {
  const seen: string[] = [];
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let row = 0; row < limit; row++) {
    for (const v of grid.values[row] ?? []) {
      const text = cellText(v).trim();
      if (text !== '' && typeof v === 'string' && !seen.includes(text)) seen.push(text);
    }
  }
  return seen;
}
