import type { StoredCell } from './FakeWorkbookStore';

/**
 * Stores a value written through `Range.values` the way Excel reads typed input: a leading
 * apostrophe forces text (and is not part of the value), a leading = + - @ makes a formula,
 * numeric, percentage, date-like ("4/9", "Jan 2016") and TRUE/FALSE text is converted, "" empties the cell.
 * The fake does not evaluate formulas: a formula cell keeps `formula` and has no value.
 */
export function storeWrittenValue(cell: StoredCell, value: string | number | boolean): void {
  delete cell.error;
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof value !== 'string') {
    cell.value = value;
    return;
  }
  if (value === '') {
    cell.value = null;
    return;
  }
  if (value.startsWith("'")) {
    cell.value = value.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = value;
    return;
  }
  const number = numberFromText(value);
  if (number !== undefined) {
    cell.value = number;
    return;
  }
  if (/^[=+\-@]/.test(value)) {
    cell.formula = value;
    cell.value = null;
    return;
  }
  const date = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\s*$/.exec(value);
  if (date) {
    // Excel turns "4/9" into a date serial; which day does not matter to the fake.
    cell.value = Date.UTC(Number(date[3] ?? 2024), Number(date[2]) - 1, Number(date[1])) / 86_400_000 + 25_569;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'd-mmm';
    return;
  }
  const monthYear = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s/-]+(\d{2}|\d{4})\s*$/i.exec(value);
  if (monthYear) {
    // Excel reads "Jan 2016" and "March-17" as the first of that month.
    const month = MONTHS.indexOf(monthYear[1].toLowerCase());
    const year = Number(monthYear[2].length === 2 ? `20${monthYear[2]}` : monthYear[2]);
    cell.value = Date.UTC(year, month, 1) / 86_400_000 + 25_569;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'mmm-yy';
    return;
  }
  if (/^(true|false)$/i.test(value.trim())) {
    cell.value = value.trim().toLowerCase() === 'true';
    return;
  }
  cell.value = value;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function numberFromText(text: string): number | undefined {
  const match = /^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(%?)\s*$/.exec(text);
  if (!match) return undefined;
  const number = Number(match[1].replace(/,/g, ''));
  return match[2] === '%' ? number / 100 : number;
}
