import type { ExcelRange } from '../office/ExcelContext';
import { CellRect, rectAddress, rectsIntersect } from './cellRect';
import { FakeClientObject, jsonBytes } from './FakeClientObject';
import { FakeExcelError } from './FakeExcelError';
import { FakeRangeAreas } from './FakeRangeAreas';
import { FakeRangeFormat } from './FakeRangeFormat';
import type { FakeRequestContext } from './FakeRequestContext';
import { FakeTableCollection } from './FakeTableCollection';
import type { StoredCell, StoredSheet } from './FakeWorkbookStore';
import { storeWrittenValue } from './storeWrittenValue';

export interface RangeTarget {
  readonly sheet: StoredSheet;
  readonly rect: CellRect;
}

const RANGE_SCALARS = ['values', 'numberFormat', 'valueTypes', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'hyperlink'];

/** The fake `Excel.Range`. */
export class FakeRange extends FakeClientObject<RangeTarget> implements ExcelRange {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => RangeTarget | undefined,
    orNull = false,
  ) {
    super(context, path, { orNull });
    this.format = new FakeRangeFormat(context, `${path}.format`, () => {
      const target = this.target(true);
      return target && { sheet: target.sheet, rects: [target.rect] };
    });
  }

  protected findTarget() {
    return this.find();
  }
  protected scalarNames() {
    return RANGE_SCALARS;
  }
  protected override navigation(name: string) {
    return name === 'format' ? this.format : undefined;
  }

  protected scalar({ sheet, rect }: RangeTarget, name: string): unknown {
    switch (name) {
      case 'address':
        return rectAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'hyperlink':
        return sheet.cell(rect.top, rect.left)?.hyperlink ?? null;
    }
    return mapCells(sheet, rect, (cell) => {
      if (name === 'numberFormat') return cell?.numberFormat ?? 'General';
      if (name === 'values') return cell?.value ?? '';
      if (!cell || (cell.value === null && cell.formula === undefined)) return 'Empty';
      if (cell.error !== undefined) return 'Error';
      if (typeof cell.value === 'number') return 'Double';
      if (typeof cell.value === 'boolean') return 'Boolean';
      return 'String';
    });
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(values: unknown[][]) {
    this.writeCells('values', values, (cell, value) => {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new FakeExcelError('InvalidArgument', `Cannot write ${JSON.stringify(value)} as a cell value.`);
      }
      storeWrittenValue(cell, value);
    });
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  /** A single format (not an array) applies to every cell of the range, as in Excel. */
  set numberFormat(formats: unknown[][] | string) {
    this.writeCells('numberFormat', formats, (cell, format) => {
      if (typeof format !== 'string') throw new FakeExcelError('InvalidArgument', `Number format must be text, got ${JSON.stringify(format)}.`);
      cell.numberFormat = format;
    });
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get hyperlink(): { documentReference?: string; textToDisplay?: string } {
    return this.loaded('hyperlink');
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.command('hyperlink', link, ({ sheet, rect }) => {
      refuseIfProtected(sheet);
      forEachCell(rect, (r, c) => {
        const cell = sheet.cellForWrite(r, c);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) storeWrittenValue(cell, link.textToDisplay);
      });
    });
  }

  merge(across = false): void {
    this.command('merge', across, ({ sheet, rect }) => {
      refuseIfProtected(sheet);
      if (!across) sheet.merges.push(rect);
      else for (let r = rect.top; r <= rect.bottom; r++) sheet.merges.push({ ...rect, top: r, bottom: r });
    });
  }

  /** Splits every merged area that touches the range, as Excel does for an area partly inside it. */
  unmerge(): void {
    this.command('unmerge', null, ({ sheet, rect }) => {
      refuseIfProtected(sheet);
      const kept = sheet.merges.filter((m) => !rectsIntersect(m, rect));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
    });
  }

  /**
   * 'Contents': values and formulas; 'Formats': number formats and styles; 'All': both and
   * hyperlinks. Column widths stay, as in Excel; so do merges, which the fake leaves to unmerge().
   */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.command('clear', applyTo, ({ sheet, rect }) => {
      refuseIfProtected(sheet);
      for (const [row, line] of sheet.rows) {
        if (row < rect.top || row > rect.bottom) continue;
        for (const [column, cell] of line) {
          if (column < rect.left || column > rect.right) continue;
          if (applyTo !== 'Formats') {
            cell.value = null;
            for (const key of ['error', 'formula', 'quotePrefix'] as const) delete cell[key];
          }
          if (applyTo !== 'Contents') for (const key of FORMAT_KEYS) delete cell[key];
          if (applyTo === 'All') delete cell.hyperlink;
          if (cell.value === null && Object.keys(cell).length === 1) line.delete(column);
        }
        if (line.size === 0) sheet.rows.delete(row);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const target = this.target(true);
      if (!target) return undefined;
      const areas = target.sheet.merges.filter((m) => rectsIntersect(m, target.rect));
      return areas.length === 0 ? undefined : { sheet: target.sheet, areas };
    });
  }

  /** The cells holding a formula, one area per cell; a null object when none do. */
  getSpecialCellsOrNullObject(cellType: 'Formulas'): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getSpecialCellsOrNullObject(${cellType})`, () => {
      const target = this.target(true);
      if (!target) return undefined;
      const areas: CellRect[] = [];
      forEachCell(target.rect, (row, column) => {
        if (target.sheet.cell(row, column)?.formula !== undefined) areas.push({ top: row, bottom: row, left: column, right: column });
      });
      return areas.length === 0 ? undefined : { sheet: target.sheet, areas };
    });
  }

  getTables(fullyContained = false): FakeTableCollection {
    return new FakeTableCollection(this.context, `${this.path}.getTables(${fullyContained})`, () => {
      const { sheet, rect } = this.existingTarget();
      return sheet.tables.filter((t) =>
        fullyContained
          ? t.rect.top >= rect.top && t.rect.bottom <= rect.bottom && t.rect.left >= rect.left && t.rect.right <= rect.right
          : rectsIntersect(t.rect, rect),
      );
    });
  }

  select(): void {
    this.command('select', null, ({ sheet, rect }) => {
      const store = this.context.excel.store;
      store.activeSheet = sheet.name;
      store.selection = { sheet: sheet.name, rect };
    });
  }

  /** Queues a 2-D write; its shape is checked against the range at sync, as Excel does. */
  private writeCells(name: string, grid: unknown[][] | string, apply: (cell: StoredCell, value: unknown) => void): void {
    this.context.enqueue({
      requestBytes: this.path.length + name.length + jsonBytes(grid),
      run: () => {
        const { sheet, rect } = this.existingTarget();
        refuseIfProtected(sheet);
        const rows = rect.bottom - rect.top + 1;
        const columns = rect.right - rect.left + 1;
        const single = !Array.isArray(grid);
        if (single && (grid === null || typeof grid === 'object')) {
          throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${name} set to ${JSON.stringify(grid)}.`);
        }
        if (!single && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns))) {
          throw new FakeExcelError(
            'InvalidArgument',
            `The argument is invalid or missing or has an incorrect format: ${name} of shape ${grid.length}x${grid[0]?.length ?? 0} for ${rectAddress(sheet.name, rect)} (${rows}x${columns}).`,
          );
        }
        forEachCell(rect, (r, c) => {
          const value = single ? grid : grid[r - rect.top][c - rect.left];
          if (value === null || value === undefined) return; // Excel leaves the cell unchanged
          apply(sheet.cellForWrite(r, c), value);
        });
      },
    });
  }
}

const FORMAT_KEYS = ['numberFormat', 'fill', 'fontColor', 'bold', 'italic', 'horizontalAlignment', 'wrapText'] as const;

function refuseIfProtected(sheet: StoredSheet): void {
  if (sheet.protected) throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

function forEachCell(rect: CellRect, visit: (row: number, column: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

function mapCells<T>(sheet: StoredSheet, rect: CellRect, read: (cell: StoredCell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line = sheet.rows.get(r);
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(line?.get(c)));
    out.push(row);
  }
  return out;
}
