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
  const show = (v: number) => (asPercent ? `${Number((v * 100).toPrecision(12))}%` : String(v));
  return `${show(range.low)}-${show(range.high)}`;
}
