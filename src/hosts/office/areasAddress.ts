import { cellAddress } from '../../engine';
import type { CellArea } from './WriteOp';

/** Unqualified A1 addresses joined by commas, as Worksheet.getRanges takes them: "J5:J6,J9". */
export function areasAddress(areas: ReadonlyArray<CellArea>): string {
  return areas.map(areaAddress).join(',');
}

export function areaAddress(area: CellArea): string {
  const start = cellAddress(area.row, area.column);
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
}
