import {
  cellAddress,
  CellValue,
  ColumnWrite,
  MergedArea,
  OutputCell,
  OwnedSheet,
  parseCellAddress,
  SheetGrid,
  WritePlan,
} from '../../engine';
import type { WorkbookPort } from '../WorkbookPort';

/** One stored cell: its value and the formatting the engine may write (an OutputCell's). */
export type MemoryCell = Omit<OutputCell, 'value'> & { readonly value: CellValue };

interface MemorySheet {
  name: string;
  /** Keyed by "row,column" (0-based). */
  cells: Map<string, MemoryCell>;
  merges: MergedArea[];
  columnWidths: number[];
}

const key = (row: number, column: number) => `${row},${column}`;

/**
 * An in-memory workbook: the shared test double and the simplest WorkbookPort. Strings are stored as
 * strings, so formula-looking text stays text.
 */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  /** How many times write() ran, for tests. */
  writes = 0;

  static fromGrids(grids: ReadonlyArray<SheetGrid>): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const grid of grids) {
      workbook.addSheet(grid.name);
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const numberFormat = grid.numberFormats?.[r]?.[c];
          if (value !== null || numberFormat) workbook.setCell(grid.name, r, c, { value, ...(numberFormat ? { numberFormat } : {}) });
        }),
      );
    }
    return workbook;
  }

  addSheet(name: string): void {
    if (this.find(name)) throw new Error(`Sheet ${name} already exists`);
    this.sheets.push({ name, cells: new Map(), merges: [], columnWidths: [] });
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  setCell(sheet: string, row: number, column: number, cell: MemoryCell): void {
    this.get(sheet).cells.set(key(row, column), cell);
  }

  /** The cell at an A1 address ("E7"), or undefined when it was never set. */
  cell(sheet: string, address: string): MemoryCell | undefined {
    const at = parseCellAddress(address);
    if (!at) throw new Error(`Not an A1 address: ${address}`);
    return this.get(sheet).cells.get(key(at.row, at.column));
  }

  /** The value at an A1 address; null for an empty cell. */
  value(sheet: string, address: string): CellValue {
    return this.cell(sheet, address)?.value ?? null;
  }

  merges(sheet: string): ReadonlyArray<MergedArea> {
    return this.get(sheet).merges;
  }

  columnWidths(sheet: string): ReadonlyArray<number> {
    return this.get(sheet).columnWidths;
  }

  /** Every non-empty cell as "Sheet!A1" → cell, for before/after comparisons. */
  snapshot(): Record<string, MemoryCell> {
    const out: Record<string, MemoryCell> = {};
    for (const sheet of this.sheets) {
      const entries = [...sheet.cells.entries()].sort(([a], [b]) => compareKeys(a, b));
      for (const [k, cell] of entries) {
        if (isBlank(cell)) continue;
        const [r, c] = k.split(',').map(Number);
        out[`${sheet.name}!${cellAddress(r, c)}`] = cell;
      }
    }
    return out;
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.sheets.map((sheet) => toGrid(sheet));
  }

  async write(plan: WritePlan): Promise<void> {
    this.writes++;
    for (const column of plan.columns) this.writeColumn(column);
    for (const owned of plan.ownedSheets) this.rebuild(owned);
  }

  private writeColumn(write: ColumnWrite): void {
    const sheet = this.get(write.sheet);
    if (write.writeHeader) sheet.cells.set(key(write.headerRow, write.column), { value: write.header, bold: true });
    write.cells.forEach((cell, i) => {
      if (cell) sheet.cells.set(key(write.firstRow + i, write.column), fromOutput(cell));
    });
  }

  private rebuild(owned: OwnedSheet): void {
    const sheet = this.find(owned.name) ?? (this.addSheet(owned.name), this.get(owned.name));
    sheet.cells.clear();
    owned.rows.forEach((row, r) => row.forEach((cell, c) => sheet.cells.set(key(r, c), fromOutput(cell))));
    sheet.merges = owned.merges.map((m) => ({ ...m }));
    sheet.columnWidths = [...(owned.columnWidths ?? [])];
  }

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private get(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}

/** A written cell is exactly what the plan says: formatting not given is cleared. */
function fromOutput(cell: OutputCell): MemoryCell {
  const out: { -readonly [K in keyof MemoryCell]: MemoryCell[K] } = { value: cell.value };
  if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) out.fill = cell.fill;
  if (cell.fontColor !== undefined) out.fontColor = cell.fontColor;
  if (cell.bold !== undefined) out.bold = cell.bold;
  if (cell.italic !== undefined) out.italic = cell.italic;
  if (cell.horizontalAlignment !== undefined) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.wrapText !== undefined) out.wrapText = cell.wrapText;
  if (cell.hyperlink !== undefined) out.hyperlink = cell.hyperlink;
  return out;
}

function isBlank(cell: MemoryCell): boolean {
  return Object.entries(cell).every(([k, v]) => (k === 'value' ? v === null : v === undefined));
}

function compareKeys(a: string, b: string): number {
  const [ar, ac] = a.split(',').map(Number);
  const [br, bc] = b.split(',').map(Number);
  return ar - br || ac - bc;
}

function toGrid(sheet: MemorySheet): SheetGrid {
  let rows = 0;
  let columns = 0;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(columns).fill(null));
    numberFormats.push(new Array<string | undefined>(columns).fill(undefined));
  }
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number);
    values[r][c] = cell.value;
    numberFormats[r][c] = cell.numberFormat;
  }
  return { name: sheet.name, values, numberFormats };
}
