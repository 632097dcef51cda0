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
  /** Sets a property on every cell of every area at once. */
  readonly format: ExcelRangeFormat;
  load: Load<ExcelRangeAreas>;
}

export interface ExcelTableCollection {
  readonly items: ReadonlyArray<{ readonly name: string }>;
  load: Load<ExcelTableCollection>;
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  values: unknown[][];
  get numberFormat(): unknown[][];
  /** A single format, not an array, applies to every cell ("Update all cells in a range" in Excel's docs). */
  set numberFormat(formats: unknown[][] | string);
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
  /** Splits every merged area the range touches. */
  unmerge(): void;
  /** 'All': values, formulas, formats and hyperlinks (Excel.ClearApplyTo.all). Column widths stay. */
  clear(applyTo: 'All'): void;
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** ExcelApi 1.9. The cells holding formulas; a null object when none do. */
  getSpecialCellsOrNullObject(cellType: 'Formulas'): ExcelRangeAreas;
  getTables(fullyContained?: boolean): ExcelTableCollection;
  select(): void;
}

/** The chart types the host draws (ChartSpec kinds bar, column, line, bubble). */
export type ExcelChartType = 'BarClustered' | 'ColumnClustered' | 'LineMarkers' | 'Bubble';

export interface ExcelChartFill {
  setSolidColor(color: string): void;
}

export interface ExcelChartSeries {
  readonly format: { readonly fill: ExcelChartFill; readonly line: { color: string } };
  readonly points: { getItemAt(index: number): { readonly format: { readonly fill: ExcelChartFill } } };
  /** ExcelApi 1.7. */
  markerBackgroundColor: string;
  markerForegroundColor: string;
}

export interface ExcelChartAxis {
  readonly title: { text: string };
  /** ExcelApi 1.7. */
  reversePlotOrder: boolean;
}

export interface ExcelChart {
  readonly title: { text: string };
  readonly axes: { readonly categoryAxis: ExcelChartAxis; readonly valueAxis: ExcelChartAxis };
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly series: { getItemAt(index: number): ExcelChartSeries };
  /** Cells as A1 addresses on the chart's sheet. */
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface ExcelChartCollection {
  /** Loaded with a path such as "items/charts/items/chartType" on the worksheet collection. */
  readonly items: ReadonlyArray<ExcelChart>;
  add(type: ExcelChartType, sourceData: ExcelRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ExcelChart;
}

export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  readonly charts: ExcelChartCollection;
  readonly name: string;
  readonly protection: { readonly protected: boolean; load: Load<unknown> };
  load: Load<ExcelWorksheet>;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  /** ExcelApi 1.9. Comma-separated A1 addresses on this sheet ("J5:J6,J9"), at most 8192 characters. */
  getRanges(address?: string): ExcelRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** Never a null object: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): ExcelRange;
  activate(): void;
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

/** ExcelApi 1.7. Review > Protect Workbook: its structure (adding and deleting sheets). */
export interface ExcelWorkbookProtection {
  readonly protected: boolean;
  load: Load<ExcelWorkbookProtection>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly application: ExcelApplication;
  readonly protection: ExcelWorkbookProtection;
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
