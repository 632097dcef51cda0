import type { CellValue } from '../engine';
import { isCellError } from '../engine';

/** Roughly what Excel would display for a value and number format; enough for the playground's grid. */
export function formatCell(value: CellValue | undefined, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const decimals = /0\.(0+)/.exec(numberFormat ?? '')?.[1].length ?? 0;
  if (numberFormat?.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (numberFormat && /^[#,]*0(\.0+)?$/.test(numberFormat)) {
    return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: numberFormat.includes(',') });
  }
  return String(Number(value.toPrecision(10)));
}
