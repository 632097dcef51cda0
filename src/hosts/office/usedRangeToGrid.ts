import type { CellValue, SheetGrid } from '../../engine';

/** What OfficeHost loads from each sheet's used range. */
export interface LoadedUsedRange {
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/**
 * A used range as a SheetGrid anchored at A1: rows above the range are empty, cells left of it are
 * padded with null. Excel's "Error" cells become CellError (`#N/A`), "Empty" cells null.
 */
export function usedRangeToGrid(name: string, used: LoadedUsedRange | undefined): SheetGrid {
  if (!used) return { name, values: [], numberFormats: [] };
  const pad = new Array<null>(used.columnIndex).fill(null);
  const padFormats = new Array<undefined>(used.columnIndex).fill(undefined);
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (let r = 0; r < used.rowIndex; r++) {
    values.push([]);
    numberFormats.push([]);
  }
  used.values.forEach((row, r) => {
    values.push([...pad, ...row.map((value, c) => toCellValue(value, used.valueTypes[r]?.[c]))]);
    numberFormats.push([...padFormats, ...(used.numberFormat[r] ?? []).map((f) => (typeof f === 'string' ? f : undefined))]);
  });
  return { name, values, numberFormats };
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
