import { isCellError, type CellValue } from '../grid/CellGrid';
import type { NumberValue, ParsedValue } from './ParsedValue';
import { findPeriodSpan } from './readPeriodSpan';

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
  if (value === null || value === undefined) return { kind: 'no-data', raw: '' };
  if (isCellError(value)) return { kind: 'unreadable', raw: value.error, reason: 'excel-error' };
  if (typeof value === 'boolean') return { kind: 'unreadable', raw: value ? 'TRUE' : 'FALSE', reason: 'not-a-number' };
  if (typeof value === 'number') {
    const raw = String(value);
    if (!isUsableMagnitude(value)) return { kind: 'unreadable', raw, reason: 'not-a-number' };
    return number(value === 0 ? 0 : value, isPercentFormat(numberFormat), NO_FOOTNOTES, undefined, raw);
  }
  return parseText(value);
}

/** Shared by every figure without footnote marks (most of them); never written to. */
const NO_FOOTNOTES: ReadonlyArray<string> = [];
const NO_DATA = new Set(['-', '\u2013', '\u2014', 'n/a', 'na', '..']);
const EXCEL_ERRORS = new Set(['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!',
  '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);
const FOOTNOTE_MARKS = new Set(['*', '\u2020', '\u2021']);
const CLOSING_BRACKET: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
// Anchored, with no nested quantifiers that can overlap, so it runs in linear time on any input.
const NUMBER_START = /^([+\-\u2212]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)/;

function parseText(raw: string): ParsedValue {
  const text = (hasOtherWhitespace(raw) ? raw.replace(/\s/g, ' ') : raw).trim();
  // No no-data word or Excel error starts with a digit, so the usual figure skips both case-folded look-ups.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) {
    if (text === '' || NO_DATA.has(text.toLowerCase())) return { kind: 'no-data', raw };
    if (EXCEL_ERRORS.has(text.toUpperCase())) return { kind: 'unreadable', raw, reason: 'excel-error' };
  }

  const match = NUMBER_START.exec(text);
  if (!match) return { kind: 'unreadable', raw, reason: 'not-a-number' };
  let rest = text.slice(match[0].length);
  // "1,2345", "12,34", "1.2.3" and "1 611" are malformed numbers, not a number with a note.
  const afterSpaces = skipSpaces(rest, 0);
  const next = rest.charCodeAt(afterSpaces);
  if ((next >= 48 && next <= 57) || next === 44 || next === 46) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  const digits = match[2].includes(',') ? match[2].replace(/,/g, '') : match[2];
  const isPercent = next === 37; // "%"
  if (isPercent) rest = rest.slice(afterSpaces + 1);
  const magnitude = decimalValue(digits, isPercent ? 2 : 0);
  const signed = match[1] === '' || match[1] === '+' ? magnitude : -magnitude;
  if (!isUsableMagnitude(signed)) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  if (rest === '') return number(signed === 0 ? 0 : signed, isPercent, NO_FOOTNOTES, undefined, raw);
  const annotation = readAnnotation(rest);
  if (!annotation) return { kind: 'unreadable', raw, reason: 'bad-annotation' };
  return number(signed === 0 ? 0 : signed, isPercent, annotation.footnotes, annotation.note, raw);
}

function number(value: number, isPercent: boolean, footnotes: ReadonlyArray<string>, note: string | undefined, raw: string): NumberValue {
  // The common case (a plain number) as one literal; spreading optional fields in was slow per cell.
  if (note === undefined) return { kind: 'number', value, isPercent, footnotes, raw };
  const period = findPeriodSpan(note);
  return period === undefined
    ? { kind: 'number', value, isPercent, footnotes, note, raw }
    : { kind: 'number', value, isPercent, footnotes, note, period, raw };
}

/** Footnote runs and at most one bracketed note, in any order; undefined when anything else is there. */
function readAnnotation(rest: string): { footnotes: string[]; note?: string } | undefined {
  const footnotes: string[] = [];
  let note: string | undefined;
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === ' ') {
      i++;
    } else if (FOOTNOTE_MARKS.has(ch)) {
      let end = i;
      while (end < rest.length && rest[end] === ch) end++;
      if (end - i > 3) return undefined;
      footnotes.push(rest.slice(i, end));
      i = end;
    } else if (CLOSING_BRACKET[ch] !== undefined && note === undefined) {
      const end = rest.indexOf(CLOSING_BRACKET[ch], i + 1);
      if (end < 0) return undefined;
      const inner = rest.slice(i + 1, end).trim();
      if (inner === '' || /[()[\]]/.test(inner)) return undefined;
      note = inner;
      i = end + 1;
    } else {
      return undefined;
    }
  }
  return note === undefined ? { footnotes } : { footnotes, note };
}

/** Exact powers of ten: every one up to 1e22 is a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of plain decimal digits ("4721", "47.21", ".5") divided by 10^shift, exactly as
 * Number(`${digits}e-${shift}`) reads it ("e-2" keeps "5.4%" exactly 0.054). Up to 15 significant
 * digits the mantissa is an exact integer and its power of ten an exact double, so one division is
 * correctly rounded, the same double Number gives; longer numbers take Number itself. Number's
 * string parsing was the costliest step of reading a typed figure.
 */
function decimalValue(digits: string, shift: number): number {
  let mantissa = 0;
  let decimals = -1;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code === 46) decimals = 0;
    else {
      mantissa = mantissa * 10 + (code - 48);
      if (decimals >= 0) decimals++;
    }
  }
  const significant = digits.length - (decimals >= 0 ? 1 : 0);
  const scale = (decimals > 0 ? decimals : 0) + shift;
  if (significant > 15 || scale >= POWERS_OF_TEN.length) return Number(shift === 0 ? digits : `${digits}e-${shift}`);
  return scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
}

/** True when the text holds whitespace other than plain spaces (tabs, line breaks, no-break spaces). */
function hasOtherWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    if ((code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(text[i]))) return true;
  }
  return false;
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
  if (!numberFormat) return false;
  return numberFormat.replace(/"[^"]*"|\\./g, '').includes('%');
}
