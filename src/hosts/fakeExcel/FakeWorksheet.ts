import { CellRect, MAX_ADDRESS_LENGTH, MAX_COLUMNS, MAX_ROWS, parseRangeAddress } from './cellRect';
import type { ExcelWorksheet } from '../office/ExcelContext';
import { FakeChartCollection } from './FakeChartCollection';
import { FakeClientObject } from './FakeClientObject';
import { FakeExcelError } from './FakeExcelError';
import { FakeRange } from './FakeRange';
import { FakeRangeAreas } from './FakeRangeAreas';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredSheet } from './FakeWorkbookStore';

class FakeWorksheetProtection extends FakeClientObject<StoredSheet> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, path, { lazy: true });
  }
  protected findTarget() {
    return this.sheet.target(true);
  }
  protected scalarNames() {
    return ['protected'];
  }
  protected scalar(sheet: StoredSheet) {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** The fake `Excel.Worksheet`. */
export class FakeWorksheet extends FakeClientObject<StoredSheet> implements ExcelWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => StoredSheet | undefined,
    options: { orNull?: boolean; resolved?: StoredSheet } = {},
  ) {
    super(context, path, { orNull: options.orNull, resolved: options.resolved ? { target: options.resolved } : undefined });
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, this);
    this.charts = new FakeChartCollection(context, `${path}.charts`, () => this.target(true));
  }

  protected findTarget() {
    return this.find();
  }
  protected scalarNames() {
    return ['name'];
  }
  protected scalar(sheet: StoredSheet) {
    return sheet.name;
  }
  protected override navigation(name: string) {
    return name === 'protection' ? this.protection : name === 'charts' ? this.charts : undefined;
  }

  get name(): string {
    return this.loaded('name');
  }

  getRange(address?: string): FakeRange {
    return this.rangeAt(`getRange(${JSON.stringify(address ?? '')})`, () =>
      address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseRangeAddress(address),
    );
  }

  /** ExcelApi 1.9: comma- or semicolon-separated addresses on this sheet, e.g. "J5:J6, J9". */
  getRanges(address?: string): FakeRangeAreas {
    const path = `${this.path}.getRanges(${JSON.stringify(address ?? '')})`;
    const reference = `${this.path}.getRanges(#${++this.rangeAreasCount})`;
    return new FakeRangeAreas(
      this.context,
      path,
      () => {
        const sheet = this.target();
        return sheet ? { sheet, areas: parseAreasAddress(address) } : undefined;
      },
      { orNull: false, reference },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.rangeAt(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new FakeExcelError('InvalidArgument', `Invalid range indexes (${startRow}, ${startColumn}, ${rowCount}, ${columnCount}).`);
      }
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.target();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : undefined;
      },
      true,
    );
  }

  /** Never a null object: an empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.target();
      return sheet && { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  activate(): void {
    this.command('activate', null, (sheet) => {
      this.context.excel.store.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.command('delete', null, (sheet) => {
      const store = this.context.excel.store;
      if (store.structureProtected) throw new FakeExcelError('AccessDenied', 'The workbook\'s structure is protected.');
      if (store.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      store.removeSheet(sheet.name);
    });
  }

  private rangeAreasCount = 0;

  private rangeAt(call: string, rect: () => CellRect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${call}`, () => {
      const sheet = this.target();
      return sheet ? { sheet, rect: rect() } : undefined;
    });
  }
}

/** getRanges' argument as rectangles; Excel cuts addresses longer than 8192 characters, which the fake refuses. */
function parseAreasAddress(address: string | undefined): CellRect[] {
  if (address === undefined) return [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }];
  if (address.length > MAX_ADDRESS_LENGTH) {
    throw new FakeExcelError('InvalidArgument', `The address is ${address.length} characters; Excel takes at most ${MAX_ADDRESS_LENGTH}.`);
  }
  return address.split(/[,;]/).map((part) => {
    try {
      return parseRangeAddress(part.trim());
    } catch {
      throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${JSON.stringify(part)}.`);
    }
  });
}
