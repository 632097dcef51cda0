import type { CellError, CellValue, SheetGrid } from '../../engine';
import { isCellError } from '../../engine';
import { CellRect, parseRangeAddress } from './cellRect';
import type { StoredChart } from './StoredChart';

/** One stored cell: what Excel keeps, reduced to what the fake needs. */
export interface StoredCell {
  value: string | number | boolean | null;
  /** Set for error cells ("#N/A"); `value` then holds the same text. */
  error?: string;
  formula?: string;
  /** True when the text was entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: string;
  wrapText?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface StoredTable {
  readonly name: string;
  readonly rect: CellRect;
}

/** One worksheet's cells (sparse, row → column → cell) and sheet-level state. */
export class StoredSheet {
  readonly rows = new Map<number, Map<number, StoredCell>>();
  readonly merges: CellRect[] = [];
  readonly tables: StoredTable[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Charts in the order they were added; they go with the sheet when it is deleted. */
  readonly charts: StoredChart[] = [];
  protected = false;

  constructor(public name: string) {}

  cell(row: number, column: number): StoredCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** The cell, created empty when absent. */
  cellForWrite(row: number, column: number): StoredCell {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = { value: null }));
    return cell;
  }

  /** Bounding box of cells holding a value (valuesOnly) or anything at all. */
  usedRect(valuesOnly: boolean): CellRect | undefined {
    let rect: CellRect | undefined;
    for (const [row, line] of this.rows) {
      for (const [column, cell] of line) {
        const used = cell.value !== null || (!valuesOnly && Object.keys(cell).length > 1);
        if (!used) continue;
        rect = rect
          ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
          : { top: row, left: column, bottom: row, right: column };
      }
    }
    return rect;
  }

  /** Test convenience: "E7" → what a host would read there. */
  valueAt(address: string): CellValue {
    const rect = parseRangeAddress(address);
    return storedToCellValue(this.cell(rect.top, rect.left));
  }

  /** The sheet as a SheetGrid anchored at A1 (for assertions in tests). */
  toGrid(): SheetGrid {
    const used = this.usedRect(true);
    const values: CellValue[][] = [];
    if (used) {
      for (let r = 0; r <= used.bottom; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c <= used.right; c++) row.push(storedToCellValue(this.cell(r, c)));
        values.push(row);
      }
    }
    return { name: this.name, values };
  }
}

/** `Dashboard!` or `'Board paper'!` in a formula, case-insensitively. */
function sheetReference(name: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`('${escape(name.replace(/'/g, "''"))}'|(?<![\\w.'])${escape(name)})!`, 'gi');
}

export function storedToCellValue(cell: StoredCell | undefined): CellValue {
  if (!cell) return null;
  if (cell.error !== undefined) return { error: cell.error } satisfies CellError;
  return cell.value;
}

/**
 * The in-memory workbook behind the fake Excel API. Kept deliberately small; tests build it
 * directly (addSheet, protect, merge, addTable) or from SheetGrids.
 */
export class FakeWorkbookStore {
  readonly sheets: StoredSheet[] = [];
  /** Review > Protect Workbook: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  activeSheet: string | undefined;
  selection: { sheet: string; rect: CellRect } | undefined;

  static fromGrids(grids: ReadonlyArray<SheetGrid>): FakeWorkbookStore {
    const store = new FakeWorkbookStore();
    for (const grid of grids) store.addSheet(grid.name, grid.values, grid.numberFormats);
    return store;
  }

  sheet(name: string): StoredSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  requireSheet(name: string): StoredSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  addSheet(
    name: string,
    values: ReadonlyArray<ReadonlyArray<CellValue>> = [],
    numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>,
  ): StoredSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new StoredSheet(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = numberFormats?.[r]?.[c];
        if (value === null && format === undefined) return;
        const cell = sheet.cellForWrite(r, c);
        if (isCellError(value)) {
          cell.value = value.error;
          cell.error = value.error;
        } else cell.value = value;
        if (format !== undefined) cell.numberFormat = format;
      }),
    );
    this.sheets.push(sheet);
    this.activeSheet ??= sheet.name;
    return sheet;
  }

  /** Formulas on other sheets that point at the removed one become #REF! for good, as in Excel. */
  removeSheet(name: string): void {
    const sheet = this.requireSheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const reference = sheetReference(sheet.name);
    for (const other of this.sheets) {
      for (const cell of [...other.rows.values()].flatMap((line) => [...line.values()])) {
        const broken = cell.formula?.replace(reference, '#REF!');
        if (broken === undefined || broken === cell.formula) continue;
        cell.formula = broken;
        cell.value = cell.error = '#REF!';
      }
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name;
    if (this.selection?.sheet === sheet.name) this.selection = undefined;
  }

  protectStructure(): this {
    this.structureProtected = true;
    return this;
  }

  protect(sheet: string): this {
    this.requireSheet(sheet).protected = true;
    return this;
  }

  merge(sheet: string, address: string): this {
    this.requireSheet(sheet).merges.push(parseRangeAddress(address));
    return this;
  }

  addTable(sheet: string, name: string, address: string): this {
    this.requireSheet(sheet).tables.push({ name, rect: parseRangeAddress(address) });
    return this;
  }
}
