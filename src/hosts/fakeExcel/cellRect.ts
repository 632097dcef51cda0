import { cellAddress, parseCellAddress, qualifiedAddress } from '../../engine';

/** Inclusive 0-based cell rectangle. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3", "B3:K20" or "Indicators!B3:K20" (the sheet part is ignored) → rectangle. */
export function parseRangeAddress(address: string): CellRect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = local.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b) throw new Error(`Not a range address: ${address}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Excel's form: "Indicators!E7" for one cell, "Indicators!B3:K20" otherwise. */
export function rectAddress(sheet: string, rect: CellRect): string {
  const start = cellAddress(rect.top, rect.left);
  const local = rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${cellAddress(rect.bottom, rect.right)}`;
  return qualifiedAddress(sheet, local);
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Worksheet.getRange and getRanges take addresses of at most 8192 characters (Excel truncates longer ones). */
export const MAX_ADDRESS_LENGTH = 8192;
