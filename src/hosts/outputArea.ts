import { cellAddress, type ColumnWrite } from '../engine';

/** The cells a ColumnWrite may touch: its header cell down to its last output cell (0-based, inclusive). */
export function outputArea(column: ColumnWrite): { top: number; bottom: number; column: number } {
  return { top: column.headerRow, bottom: Math.max(column.headerRow, column.firstRow + column.cells.length - 1), column: column.column };
}

/** The output area as an A1 range on its sheet ("G3:G20"). */
export function outputAreaAddress(column: ColumnWrite): string {
  const area = outputArea(column);
  return `${cellAddress(area.top, area.column)}:${cellAddress(area.bottom, area.column)}`;
}
