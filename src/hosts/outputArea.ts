import type { ColumnWrite } from '../engine';

/** The cells a ColumnWrite may touch: its header cell down to its last output cell (0-based, inclusive). */
export function outputArea(column: ColumnWrite): { top: number; bottom: number; column: number } {
  return { top: column.headerRow, bottom: Math.max(column.headerRow, column.firstRow + column.cells.length - 1), column: column.column };
}
