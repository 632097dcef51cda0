import { numberText } from './numberText';
import { isCellError, type CellValue } from '../grid/CellGrid';
import type { NoDataValue, NumberValue, ParsedValue } from './ParsedValue';
import { readNote, type Note } from './readNote';
import { hasOtherWhitespace } from './otherWhitespace';
import { memoise } from '../memo/memoise';

/**
 * Reads one cell as a figure (contract §7). Never throws.
 *
 * - Numbers are kept; a `%` in the number format (outside quotes and escapes) marks them as
 *   percentages stored as fractions (0.428). NaN, ±Infinity and magnitudes beyond 1e15 (past Excel's
 *   15 significant digits) or non-zero below 1e-9 (float residue or a unit slip) are unreadable.
 * - Booleans are not numbers. Excel errors, as values or typed as text, are `excel-error`.
 * - `-`, `–`, `—`, `n/a`, `na`, `..`, blank and null are no data.
 * - Text: optional sign, digits (thousands separated by commas), optional decimals, optional `%`
 *   (value divided by 100), then footnote marks (`*`, `**`, `***`, `†`, `‡`) and at most one
 *   bracketed note, in any order. Text that does not start with a number is `not-a-number`;
 *   a number followed by anything else is `bad-annotation`.
 * - A note naming a period or saying year-to-date sets `period` (see readPeriodSpan).
 */
export function parseCellValue(value: CellValue, numberFormat?: string): ParsedValue {
  if (typeof value === 'number') {
    const raw = numberText(value);
    if (!isUsableMagnitude(value)) return { kind: 'unreadable', raw, reason: 'not-a-number' };
    return { kind: 'number', value: value === 0 ? 0 : value, isPercent: isPercentFormat(numberFormat), footnotes: NO_FOOTNOTES, raw };
  }
  if (typeof value === 'string') return parseText(value);
  if (value === null || value === undefined) return EMPTY;
  if (isCellError(value)) return { kind: 'unreadable', raw: value.error, reason: 'excel-error' };
  if (typeof value === 'boolean') return { kind: 'unreadable', raw: value ? 'TRUE' : 'FALSE', reason: 'not-a-number' };
  // Anything a host should not have handed over (a Date, a rich-text object) is read as its text.
  return parseText(String(value));
}

/** Every empty cell's reading: one shared object, never modified. */
const EMPTY: NoDataValue = Object.freeze({ kind: 'no-data', raw: '' });

/** Shared by every figure without footnote marks (most of them); never written to. */
const NO_FOOTNOTES: ReadonlyArray<string> = [];
const NO_DATA = new Set(['-', '\u2013', '\u2014', 'n/a', 'na', '..']);
const EXCEL_ERRORS = new Set(['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!',
  '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

function parseText(raw: string): ParsedValue {
  // Read as if spaces were the only whitespace (checking every character for others cost a pass);
  // any text rejected that way is read again with its other whitespace made spaces.
  const parsed = readText(raw, raw);
  if (parsed.kind === 'number' || !hasOtherWhitespace(raw)) return parsed;
  return readText(raw.replace(/\s/g, ' '), raw);
}

/** Reads `text` (the cell's `raw` text, or it with whitespace normalised), where only spaces count as blank. */
function readText(text: string, raw: string): ParsedValue {
  const start = skipSpaces(text, 0);
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  // No no-data word or Excel error starts with a digit, so the usual figure skips both case-folded look-ups.
  const first = text.charCodeAt(start);
  if (!isDigit(first)) {
    const trimmed = text.slice(start, end);
    if (trimmed === '' || NO_DATA.has(trimmed.toLowerCase())) return { kind: 'no-data', raw };
    if (EXCEL_ERRORS.has(trimmed.toUpperCase())) return { kind: 'unreadable', raw, reason: 'excel-error' };
  }

  const isNegative = first === 45 || first === 0x2212; // "-", "−"
  const digitsStart = isNegative || first === 43 ? start + 1 : start; // "+"
  const digitsEnd = scanNumber(text, digitsStart, end);
  if (digitsEnd < 0) return { kind: 'unreadable', raw, reason: 'not-a-number' };
  // "1,2345", "12,34", "1.2.3" and "1 611" are malformed numbers, not a number with a note.
  const afterSpaces = skipSpaces(text, digitsEnd);
  const next = text.charCodeAt(afterSpaces);
  if (isDigit(next) || next === 44 || next === 46) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  const isPercent = next === 37; // "%"
  const magnitude = decimalValue(text, digitsStart, digitsEnd, isPercent ? 2 : 0);
  const signed = isNegative ? -magnitude : magnitude;
  if (!isUsableMagnitude(signed)) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  const value = signed === 0 ? 0 : signed;
  const restStart = isPercent ? afterSpaces + 1 : digitsEnd;
  if (restStart >= end) return { kind: 'number', value, isPercent, footnotes: NO_FOOTNOTES, raw };
  return annotatedNumber(value, isPercent, text, restStart, end, raw) ?? { kind: 'unreadable', raw, reason: 'bad-annotation' };
}

/**
 * Where the number starting at `from` ends, or -1 when none does: digits (or 1-3 digits then
 * comma-separated groups of three), then optional decimals; or decimals alone (".5").
 */
function scanNumber(text: string, from: number, end: number): number {
  let i = skipDigits(text, from, end);
  const integerDigits = i - from;
  if (integerDigits === 0) return text.charCodeAt(i) === 46 && i + 1 < end && isDigit(text.charCodeAt(i + 1)) ? skipDigits(text, i + 1, end) : -1;
  if (integerDigits <= 3) {
    while (text.charCodeAt(i) === 44 && i + 3 < end && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  }
  if (text.charCodeAt(i) === 46 && i + 1 < end && isDigit(text.charCodeAt(i + 1))) i = skipDigits(text, i + 1, end);
  return i;
}

function skipDigits(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Footnote runs and at most one bracketed note, in any order; undefined when anything else is there. */
function annotatedNumber(value: number, isPercent: boolean, text: string, from: number, end: number, raw: string): NumberValue | undefined {
  let footnotes: ReadonlyArray<string> | undefined;
  let note: Note | undefined;
  let i = from;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
    } else if (code === 42 || code === 0x2020 || code === 0x2021) { // "*", "†", "‡"
      let runEnd = i + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++;
      if (runEnd - i > 3) return undefined;
      const only = FOOTNOTE_LISTS[code][runEnd - i - 1];
      footnotes = footnotes === undefined ? only : [...footnotes, only[0]];
      i = runEnd;
    } else if ((code === 40 || code === 91) && note === undefined) { // "(", "["
      const close = text.indexOf(code === 40 ? ')' : ']', i + 1);
      if (close < 0) return undefined;
      note = readNote(text, i + 1, close);
      if (note === undefined) return undefined;
      i = close + 1;
    } else {
      return undefined;
    }
  }
  return number(value, isPercent, footnotes ?? NO_FOOTNOTES, note, raw);
}

/** For each mark, the footnote list of just that mark once, twice or three times: shared, never written to. */
const FOOTNOTE_LISTS: Readonly<Record<number, ReadonlyArray<ReadonlyArray<string>>>> = {
  42: [['*'], ['**'], ['***']],
  0x2020: [['\u2020'], ['\u2020\u2020'], ['\u2020\u2020\u2020']],
  0x2021: [['\u2021'], ['\u2021\u2021'], ['\u2021\u2021\u2021']],
};

function number(value: number, isPercent: boolean, footnotes: ReadonlyArray<string>, note: Note | undefined, raw: string): NumberValue {
  // The common case (a plain number) as one literal; spreading optional fields in was slow per cell.
  if (note === undefined) return { kind: 'number', value, isPercent, footnotes, raw };
  const period = note.period;
  return period === undefined
    ? { kind: 'number', value, isPercent, footnotes, note: note.text, raw }
    : { kind: 'number', value, isPercent, footnotes, note: note.text, period, raw };
}

/** Exact powers of ten: every one up to 1e22 is a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of the decimal digits text[from, end) ("4,721", "47.21", ".5"; commas skipped) divided by
 * 10^shift, exactly as Number(`${digits}e-${shift}`) reads it ("e-2" keeps "5.4%" exactly 0.054). Up
 * to 15 significant digits the mantissa is an exact integer and its power of ten an exact double, so
 * one division is correctly rounded, the same double Number gives; longer numbers take Number itself.
 * Number's string parsing was the costliest step of reading a typed figure.
 */
function decimalValue(text: string, from: number, end: number, shift: number): number {
  let mantissa = 0;
  let significant = 0;
  let decimals = -1;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) decimals = 0;
    else if (code !== 44) {
      mantissa = mantissa * 10 + (code - 48);
      significant++;
      if (decimals >= 0) decimals++;
    }
  }
  const scale = (decimals > 0 ? decimals : 0) + shift;
  if (significant > 15 || scale >= POWERS_OF_TEN.length) {
    const digits = text.slice(from, end).replace(/,/g, '');
    return Number(shift === 0 ? digits : `${digits}e-${shift}`);
  }
  return scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * A number cell's value exactly as parseCellValue reads it (-0 as 0), or undefined when the cell is
 * not a number or parseCellValue would call it unreadable. For hot readers of plain number cells:
 * no ParsedValue is built.
 */
export function plainNumberValue(value: unknown): number | undefined {
  if (typeof value !== 'number' || !isUsableMagnitude(value)) return undefined;
  return value === 0 ? 0 : value;
}

function isUsableMagnitude(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const size = Math.abs(value);
  return size === 0 || (size >= 1e-9 && size <= 1e15);
}

/** True when the format shows a percentage: a `%` outside quoted text and backslash escapes. */
function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || !numberFormat.includes('%')) return false;
  return showsPercent(numberFormat);
}

/** Formats repeat down every column, so each distinct one with a `%` is read once. */
const showsPercent = memoise((numberFormat: string) => numberFormat.replace(/"[^"]*"|\\./g, '').includes('%'), 1_000);
