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
    return number(value === 0 ? 0 : value, isPercentFormat(numberFormat), [], undefined, raw);
  }
  return parseText(String(value));
}

const NO_DATA = new Set(['-', '\u2013', '\u2014', 'n/a', 'na', '..']);
const EXCEL_ERRORS = new Set(['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!',
  '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);
const FOOTNOTE_MARKS = new Set(['*', '\u2020', '\u2021']);
const CLOSING_BRACKET: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
// Anchored, with no nested quantifiers that can overlap, so it runs in linear time on any input.
const NUMBER_START = /^([+\-\u2212]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)/;

function parseText(raw: string): ParsedValue {
  const text = raw.replace(/\s/g, ' ').trim();
  if (text === '' || NO_DATA.has(text.toLowerCase())) return { kind: 'no-data', raw };
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { kind: 'unreadable', raw, reason: 'excel-error' };

  const match = NUMBER_START.exec(text);
  if (!match) return { kind: 'unreadable', raw, reason: 'not-a-number' };
  let rest = text.slice(match[0].length);
  // "1,2345", "12,34", "1.2.3" and "1 611" are malformed numbers, not a number with a note.
  if (/^ *[0-9,.]/.test(rest)) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  const digits = match[2].replace(/,/g, '');
  const percentMatch = /^ *%/.exec(rest);
  const isPercent = percentMatch !== null;
  if (percentMatch) rest = rest.slice(percentMatch[0].length);
  const magnitude = Number(isPercent ? `${digits}e-2` : digits); // e-2 keeps "5.4%" exactly 0.054
  const signed = match[1] === '' || match[1] === '+' ? magnitude : -magnitude;
  if (!isUsableMagnitude(signed)) return { kind: 'unreadable', raw, reason: 'not-a-number' };

  const annotation = readAnnotation(rest);
  if (!annotation) return { kind: 'unreadable', raw, reason: 'bad-annotation' };
  return number(signed === 0 ? 0 : signed, isPercent, annotation.footnotes, annotation.note, raw);
}

function number(value: number, isPercent: boolean, footnotes: string[], note: string | undefined, raw: string): NumberValue {
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
