/** An Excel error value read from a cell, such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** One cell as every host hands it to the engine. `null` is an empty cell. */
export type CellValue = string | number | boolean | null | CellError;

/**
 * A worksheet's used range as plain values, anchored at A1.
 * `values[r][c]` is 0-based; rows may be ragged and a missing cell reads as `null`.
 */
export interface SheetGrid {
  readonly name: string;
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Number formats parallel to `values` ("0.0%", "General"), when the host knows them. */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

export function cellAt(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.values[row]?.[column] ?? null;
}

export function numberFormatAt(grid: SheetGrid, row: number, column: number): string | undefined {
  return grid.numberFormats?.[row]?.[column];
}
