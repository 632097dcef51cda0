/// <reference types="office-js" />
/**
 * The slice of the Excel JavaScript API that OfficeHost uses, and nothing more. Real
 * `Excel.RequestContext` objects satisfy it (checked at compile time below), and so does the fake in
 * src/hosts/fakeExcel, which therefore cannot drift from what the host calls.
 */

/** Loads a property path list such as "values, numberFormat" or ["items/name"]. */
type Load<T> = (propertyNames?: string | string[]) => T;

export interface ExcelRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { color: string; bold: boolean; italic: boolean };
  horizontalAlignment: string;
  wrapText: boolean;
  /** In points. Setting it on any cell sets the whole column. */
  columnWidth: number;
}

export interface ExcelRangeAreas {
  readonly isNullObject: boolean;
  /** Comma-separated qualified addresses: "Indicators!J5:J6,Indicators!J9:K9". */
  readonly address: string;
  readonly areaCount: number;
  load: Load<ExcelRangeAreas>;
}

export interface ExcelTableCollection {
  readonly items: ReadonlyArray<{ readonly name: string }>;
  load: Load<ExcelTableCollection>;
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  /** Qualified: "Indicators!B3:K20". */
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: ExcelRangeFormat;
  hyperlink: { documentReference?: string; textToDisplay?: string };
  load: Load<ExcelRange>;
  merge(across?: boolean): void;
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  getTables(fullyContained?: boolean): ExcelTableCollection;
  select(): void;
}

export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: { readonly protected: boolean; load: Load<unknown> };
  load: Load<ExcelWorksheet>;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  delete(): void;
}

export interface ExcelWorksheetCollection {
  readonly items: ReadonlyArray<ExcelWorksheet>;
  load: Load<ExcelWorksheetCollection>;
  getItem(name: string): ExcelWorksheet;
  getItemOrNullObject(name: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
}

export interface ExcelApplication {
  suspendScreenUpdatingUntilNextSync(): void;
  suspendApiCalculationUntilNextSync(): void;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly application: ExcelApplication;
  getActiveCell(): ExcelRange;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` or the fake's equivalent. */
export type ExcelRunner = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** The real Excel.run, looked up only when called so that importing this module needs no Office. */
export const excelRun: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** Compile-time proof that the real API satisfies the slice above. */
export const realContextFits = (context: Excel.RequestContext): ExcelContext => context;
