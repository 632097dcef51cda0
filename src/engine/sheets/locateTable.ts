import { CellValue, SheetGrid, cellAt, isCellError } from '../grid/CellGrid';
import { normaliseHeader, normaliseHeaderText } from './normaliseHeader';

/** One column a sheet kind knows, by its canonical header and accepted synonyms. */
export interface ColumnSpec {
  readonly key: string;
  readonly canonical: string;
  readonly synonyms?: ReadonlyArray<string>;
  /** Matches every header starting with the canonical text ("Harm …"); may match many columns. */
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
}

export const HEADER_SEARCH_ROWS = 20;

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}

function matchSpec(header: string, spec: ColumnSpec): { label?: string } | undefined {
  const normalised = normaliseHeader(header);
  const names = [spec.canonical, ...(spec.synonyms ?? [])].map(normaliseHeaderText);
  if (spec.prefix) {
    return names.some((n) => normalised.full.startsWith(n)) ? {} : undefined;
  }
  if (names.includes(normalised.full)) return {};
  if (normalised.label !== undefined && names.includes(normalised.name)) return { label: normalised.label };
  return undefined;
}

/** Maps one row's cells to the specs they match; a column matches the first spec that accepts it. */
export function matchHeaderRow(
  grid: SheetGrid,
  row: number,
  specs: ReadonlyArray<ColumnSpec>,
): Map<string, LocatedColumn[]> {
  const found = new Map<string, LocatedColumn[]>();
  const width = grid.values[row]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    const header = cellText(cellAt(grid, row, column)).trim();
    if (header === '') continue;
    for (const spec of specs) {
      const match = matchSpec(header, spec);
      if (!match) continue;
      const list = found.get(spec.key) ?? [];
      if (list.length > 0 && !spec.prefix) break; // first occurrence wins; duplicates are reported elsewhere
      list.push({ key: spec.key, column, header, label: match.label });
      found.set(spec.key, list);
      break;
    }
  }
  return found;
}

function isBlankRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.values[row] ?? [];
  return cells.every((v) => cellText(v).trim() === '');
}

function isFootnoteRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.values[row] ?? [];
  const first = cells.map((v) => cellText(v).trim()).find((t) => t !== '');
  return first !== undefined && (/^\*/.test(first) || /^note/i.test(first));
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
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let headerRow = 0; headerRow < limit; headerRow++) {
    const columns = matchHeaderRow(grid, headerRow, specs);
    if (!isComplete(columns)) continue;
    let endRow = headerRow + 1;
    while (endRow < grid.values.length && !isBlankRow(grid, endRow) && !isFootnoteRow(grid, endRow)) endRow++;
    const footnotes: { row: number; text: string }[] = [];
    for (let row = endRow; row < grid.values.length; row++) {
      if (isFootnoteRow(grid, row)) {
        const text = (grid.values[row] ?? []).map((v) => cellText(v).trim()).find((t) => t !== '') ?? '';
        footnotes.push({ row, text });
      }
    }
    // Any cell typed in the header or data rows counts, so a note beside the table is never written over.
    let lastHeaderColumn = -1;
    for (let row = headerRow; row < endRow; row++) {
      (grid.values[row] ?? []).forEach((v, c) => {
        if (v !== null && v !== '' && c > lastHeaderColumn) lastHeaderColumn = c;
      });
    }
    return { headerRow, firstRow: headerRow + 1, endRow, columns, lastHeaderColumn, footnotes };
  }
  return undefined;
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
