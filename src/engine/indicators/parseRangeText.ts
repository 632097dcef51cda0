import { parseCellValue } from '../values/parseCellValue';

/** An acceptable band for `In range` indicators; percentages are fractions (28% → 0.28). */
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

/**
 * Reads "28%-40%", "28-40%", "28% to 40%", "0.28 - 0.4". A `%` on either end applies to both, so
 * "28-40%" is 0.28 to 0.40. Undefined when the text is not two numbers with the low one first.
 */
export function parseRangeText(text: string): ValueRange | undefined {
  const match = /^\s*([+-]?[0-9.,]+\s*%?)\s*(?:-|–|—|to)\s*([+-]?[0-9.,]+\s*%?)\s*$/i.exec(text);
  if (!match) return undefined;
  const percent = match[1].includes('%') || match[2].includes('%');
  const read = (part: string): number | undefined => {
    const parsed = parseCellValue(part.replace('%', '').trim());
    if (parsed.kind !== 'number' || parsed.footnotes.length > 0 || parsed.note !== undefined) return undefined;
    return percent ? Number(`${parsed.value}e-2`) : parsed.value;
  };
  const low = read(match[1]);
  const high = read(match[2]);
  if (low === undefined || high === undefined || low > high) return undefined;
  return { low, high };
}

/** The inverse of parseRangeText: fractions as percentages ("28%-40%"), other ranges as typed numbers. */
export function rangeToText(range: ValueRange): string {
  const asPercent = range.low >= 0 && range.high <= 1;
  return asPercent ? `${percentOf(range.low)}%-${percentOf(range.high)}%` : `${range.low}-${range.high}`;
}

/**
 * v × 100 to twelve significant digits, as a number: Number((v * 100).toPrecision(12)). A whole
 * percentage (28%, 40%) is its nearest integer without the slow toPrecision: from 1 upwards the
 * twelfth digit's half-unit is at least 5e-13, far wider than the float residue allowed here.
 */
function percentOf(v: number): number {
  const percent = v * 100;
  const whole = Math.round(percent);
  if (whole !== 0 && Math.abs(whole) < 1e11 && Math.abs(percent - whole) < 1e-13) return whole;
  return Number(percent.toPrecision(12));
}
