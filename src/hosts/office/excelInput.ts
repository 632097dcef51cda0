import { looksLikeFormula } from '../../engine';

/**
 * A plan value as it must be sent through `Range.values`. Excel reads written strings as if typed:
 * "=…", "+…", "-…", "@…" become formulas, "4/9" and "Jan 2016" dates, "41%" a number, "TRUE" a boolean. The one
 * documented way to keep such text as text is Excel's quote prefix: a leading apostrophe, which
 * Excel stores as a flag and not as part of the value. Strings that start with an apostrophe get
 * one too, so theirs survives. `null` (empty the cell) is sent as "" because `null` means "leave as is".
 */
export function excelInput(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

function needsQuotePrefix(text: string): boolean {
  // Excel drops leading spaces before reading a number (" -2", " +1", " -£5"): text starting with one keeps it only as text.
  return looksLikeFormula(text) || /^\s/.test(text) || /^[\d.(£$€']/.test(text) || /^(true|false)\s*$/i.test(text) || MONTH_FIRST.test(text);
}

/** Text starting with a month's name, which Excel may read as a date ("Jan 2016", "March-17"). */
const MONTH_FIRST = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
