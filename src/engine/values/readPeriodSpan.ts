import type { PeriodSpan } from './ParsedValue';
import { memoise } from '../memo/memoise';
import { monthOfYear } from './monthOfYear';
import { periodPosition } from './periodPosition';

/**
 * Reads how many months a period label covers and whether it is a partial period (contract §7).
 *
 * Recognised, first match wins:
 * - month spans: `Apr2015-Mar2016` (12), `April -Dec2016` (9), `Apr-Sep 2022` (6),
 *   `Apr 2021 - Mar 2022` (12), `April to December 2016` (9). Full month names or 3-letter
 *   abbreviations, joined by `-`, `–`, `—` or `to`, each with an optional year of four digits or two
 *   (`Apr 16 - Dec 16`, `Apr-16 to Dec-16`, `Apr16-Dec16`). A missing year is inferred from the
 *   month order: `Apr-Dec` stays in one year, `Oct-Mar` crosses a year end.
 * - date spans, day first (UK order): `1 Apr 2016 - 31 Dec 2016`, `01/04/2016 - 31/12/2016`,
 *   `01.04.16 to 31.12.16`, and ISO `2016-04-01 to 2016-12-31`; a span from the 1st to a month's end
 *   counts whole months, other days to the nearest month.
 * - quarter spans: `Q1-Q3` (9), `Q1-Q4` (12).
 * - `12 months`, `rolling 12-month`: the stated number of months.
 * - a single quarter: `Q1` alone is that quarter (3 months, partial). With a year-to-date word,
 *   `Q3 tracking` means Q1 to Q3 (9 months, partial). With a year, `Q2 2022/23` is the name of a
 *   reporting quarter, not the length of the figure (often a rolling 12 months), so months stay
 *   undefined and partial false.
 * - year labels: `2016`, `2015-16`, `2015/16`, `2015-2016`: 12 months, full. A longer run of years
 *   (`2014-2017`) or two different years are left unknown rather than guessed.
 * - a rolling year named by its last month: `Year ending Mar 2022`, `12 months to Mar 2022`,
 *   `YE Mar 22`: 12 months, full (as periodPosition reads them).
 * - year-to-date words (`tracking`, `YTD`, `year to date`, `to date`): partial, months undefined
 *   unless a span is also named.
 * Anything else gives months undefined and partial false. `partial` is true when months < 12 or a
 * year-to-date word is present.
 */
export function readPeriodSpan(label: string): PeriodSpan {
  return findPeriodSpan(label) ?? { label, partial: false };
}

/** As readPeriodSpan, but undefined when the label names no period and no year-to-date. */
export function findPeriodSpan(label: string): PeriodSpan | undefined {
  return readLabel(label).span;
}

/**
 * Where in the year a span the label names starts: `m4` for `Apr-Dec 2016` or `1 Apr 2016 - 31 Dec
 * 2016`, `q1` for `Q1-Q3` or a lone `Q1`. Undefined when the label does not say (`Q3 tracking` infers
 * its start, `YTD` and `2015-16` name none). Two part-year figures of the same length and start
 * cover the same months of the year.
 */
export function findSpanStart(label: string): string | undefined {
  return readLabel(label).start;
}

interface LabelReading {
  readonly span?: PeriodSpan;
  readonly start?: string;
}

const NO_PERIOD: LabelReading = {};

/** Labels repeat down a sheet ("2015-16", "Q3 tracking"), so each distinct label is read once; readings are immutable. */
const readLabel: (label: string) => LabelReading = memoise((label: string) => readSpan(label), 1_000);

function readSpan(label: string): LabelReading {
  const tokens = tokenise(label);
  const ytd = saysYearToDate(tokens);
  const months = monthSpan(tokens);
  if (months === null) return NO_PERIOD;
  if (months !== undefined) return { span: { label, months: months.months, partial: months.months < 12 || ytd }, start: `m${months.start}` };
  const quarters = quarterSpan(tokens);
  if (quarters !== undefined) return { span: { label, months: quarters.months, partial: quarters.months < 12 || ytd }, start: `q${quarters.start}` };
  const stated = statedMonths(tokens);
  if (stated !== undefined) return { span: { label, months: stated, partial: stated < 12 || ytd } };

  const quarter = singleQuarter(tokens);
  if (quarter !== undefined) {
    if (ytd) return { span: { label, months: quarter * 3, partial: true } };
    if (!hasYear(tokens)) return { span: { label, months: 3, partial: true }, start: `q${quarter}` };
    return { span: { label, partial: false } };
  }
  if (ytd) return { span: { label, partial: true } };
  if (yearLabel(tokens)) return { span: { label, months: 12, partial: false } };
  // A rolling year named by its last month (`YE Mar 22`, `Year ending Mar 22`), read as the Trends sheet places it.
  if (periodPosition(label)?.months === 12) return { span: { label, months: 12, partial: false } };
  return NO_PERIOD;
}

const DASHES = new Set(['-', '\u2013', '\u2014']);

/** Lower-case tokens: `q1`..`q4`, words, digit runs, single other characters; spaces dropped. */
function tokenise(label: string): string[] {
  return label.toLowerCase().match(/q[1-4](?![0-9])|[a-z]+|[0-9]+|\S/g) ?? [];
}

/** 1-12, or undefined when the token is not a month name or its 3-letter abbreviation. */
function monthOf(token: string | undefined): number | undefined {
  const index = token === undefined ? undefined : monthOfYear(token);
  return index === undefined ? undefined : index + 1;
}

function fourDigitYear(token: string | undefined): number | undefined {
  return token !== undefined && /^(19|20)[0-9]{2}$/.test(token) ? Number(token) : undefined;
}

/** `16` → 2016, or a four-digit year; undefined for anything else. */
function yearOf(token: string | undefined): number | undefined {
  if (token !== undefined && /^[0-9]{2}$/.test(token)) return 2000 + Number(token);
  return fourDigitYear(token);
}

/** A day or month number, 1 to `max`, written with one or two digits. */
function numberUpTo(token: string | undefined, max: number): number | undefined {
  if (token === undefined || !/^[0-9]{1,2}$/.test(token)) return undefined;
  const n = Number(token);
  return n >= 1 && n <= max ? n : undefined;
}

function isJoin(token: string | undefined): boolean {
  return token !== undefined && (DASHES.has(token) || token === 'to');
}

/** One end of a month or date span; `next` is the index of the token after it. */
interface SpanEnd {
  readonly month: number;
  readonly year?: number;
  readonly day?: number;
  readonly next: number;
}

const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const DATE_SEPARATORS = new Set(['/', '.', '-']);
const YEAR_MARKS = new Set(['-', "'", '\u2019']);

/**
 * The span end starting at token `i`: a numeric date, day first (`31/12/2016`, `31.12.16`) or ISO
 * (`2016-12-31`); or `[day] month [year]` (`31st Dec 2016`, `Dec 2016`, `Dec 16`, `Dec-16`, `Dec`).
 */
function spanEndAt(tokens: string[], i: number): SpanEnd | undefined {
  const sep = tokens[i + 1];
  if (sep !== undefined && DATE_SEPARATORS.has(sep) && tokens[i + 3] === sep) {
    const dayFirst = numberUpTo(tokens[i], 31);
    const month = numberUpTo(tokens[i + 2], 12);
    if (dayFirst !== undefined && month !== undefined) {
      const year = yearOf(tokens[i + 4]);
      if (year !== undefined) return { day: dayFirst, month, year, next: i + 5 };
    }
    const isoYear = sep === '-' ? fourDigitYear(tokens[i]) : undefined;
    const isoDay = numberUpTo(tokens[i + 4], 31);
    if (isoYear !== undefined && month !== undefined && isoDay !== undefined) return { day: isoDay, month, year: isoYear, next: i + 5 };
  }
  let j = i;
  const day = numberUpTo(tokens[j], 31);
  if (day !== undefined) {
    j += ORDINALS.has(tokens[j + 1]) ? 2 : 1;
    if (monthOf(tokens[j]) === undefined) return undefined;
  }
  const month = monthOf(tokens[j]);
  if (month === undefined) return undefined;
  j++;
  if (tokens[j] === '.') j++;
  const year = fourDigitYear(tokens[j]);
  if (year !== undefined) return { day, month, year, next: j + 1 };
  // Two digits after a month are its year (`Dec 16`, `Dec-16`), unless a month follows: then they are
  // the next date's day (`1 Apr - 31 Dec`).
  const k = YEAR_MARKS.has(tokens[j]) ? j + 1 : j;
  if (/^[0-9]{2}$/.test(tokens[k] ?? '') && monthOf(tokens[k + 1]) === undefined && !ORDINALS.has(tokens[k + 1])) {
    return { day, month, year: 2000 + Number(tokens[k]), next: k + 1 };
  }
  return { day, month, next: j };
}

/**
 * The first month or date span: its length in whole months and the month it starts (1-12); null
 * when that span runs backwards (`Apr2016-Mar2015`).
 */
function monthSpan(tokens: string[]): { months: number; start: number } | null | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const from = spanEndAt(tokens, i);
    if (from === undefined || !isJoin(tokens[from.next])) continue;
    const to = spanEndAt(tokens, from.next + 1);
    if (to === undefined) continue;
    const months = monthsBetween(from, to);
    return months === null ? null : { months, start: from.month };
  }
  return undefined;
}

/** Months from the start of `from` to the end of `to`, both included; a missing year is inferred. */
function monthsBetween(from: SpanEnd, to: SpanEnd): number | null {
  const fromDay = from.day ?? 1;
  let fromYear = from.year;
  let toYear = to.year;
  if (fromYear === undefined || toYear === undefined) {
    const sameYear = to.month > from.month || (to.month === from.month && (to.day ?? 31) >= fromDay);
    if (fromYear !== undefined) toYear = sameYear ? fromYear : fromYear + 1;
    else if (toYear !== undefined) fromYear = sameYear ? toYear : toYear - 1;
    else [fromYear, toYear] = sameYear ? [2001, 2001] : [2001, 2002];
  }
  const toMonthDays = daysInMonth(toYear!, to.month);
  const toDay = Math.min(to.day ?? toMonthDays, toMonthDays);
  const wholeMonths = (toYear! - fromYear!) * 12 + to.month - from.month;
  if (wholeMonths < 0 || (wholeMonths === 0 && toDay < fromDay)) return null;
  // The days past the whole months as a share of the last month: 1 Apr to 31 Dec is 8 + 31/31.
  return Math.max(1, Math.round(wholeMonths + (toDay + 1 - fromDay) / toMonthDays));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function quarterSpan(tokens: string[]): { months: number; start: number } | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = quarterOf(tokens[i]);
    const last = quarterOf(tokens[i + 2]);
    if (first !== undefined && last !== undefined && isJoin(tokens[i + 1])) {
      return { months: (((last - first + 4) % 4) + 1) * 3, start: first };
    }
  }
  return undefined;
}

/** `12 months`, `12-month`, `6 mths`. */
function statedMonths(tokens: string[]): number | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^[0-9]{1,3}$/.test(tokens[i])) continue;
    const unit = DASHES.has(tokens[i + 1]) ? tokens[i + 2] : tokens[i + 1];
    const count = Number(tokens[i]);
    if (count > 0 && (unit === 'months' || unit === 'month' || unit === 'mths')) return count;
  }
  return undefined;
}

function quarterOf(token: string | undefined): number | undefined {
  return token !== undefined && /^q[1-4]$/.test(token) ? Number(token[1]) : undefined;
}

function singleQuarter(tokens: string[]): number | undefined {
  for (const token of tokens) {
    const quarter = quarterOf(token);
    if (quarter !== undefined) return quarter;
  }
  return undefined;
}

function hasYear(tokens: string[]): boolean {
  return tokens.some((token) => fourDigitYear(token) !== undefined);
}

/**
 * `2016`, `2015-16`, `2015/16`, `2015-2016`: one year or one consecutive pair, however often named.
 * Not a year joined to a number that is not the next year (`2014-2017`, the `2016-31` of
 * `1 Apr 2016 - 31 Dec 2016`), nor a label naming two different years (`2016 and 2017`).
 */
function yearLabel(tokens: string[]): boolean {
  let named: number | undefined; // year × 2, plus 1 for a pair
  for (let i = 0; i < tokens.length; i++) {
    const year = fourDigitYear(tokens[i]);
    if (year === undefined) continue;
    const sep = tokens[i + 1];
    const next = tokens[i + 2];
    let key = year * 2;
    if (sep !== undefined && (DASHES.has(sep) || sep === '/') && next !== undefined && /^[0-9]+$/.test(next)) {
      const consecutive = next.length === 2 ? Number(next) === (year + 1) % 100 : Number(next) === year + 1;
      if (!consecutive) return false;
      key++;
      i += 2;
    }
    if (named !== undefined && named !== key) return false;
    named = key;
  }
  return named !== undefined;
}

function saysYearToDate(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'tracking' || token === 'ytd' || token === 'fytd') return true;
    if (token === 'to' && tokens[i + 1] === 'date') return true;
    if (token === 'to' && DASHES.has(tokens[i - 1] ?? '') && DASHES.has(tokens[i + 1] ?? '') && tokens[i + 2] === 'date') {
      return true; // year-to-date
    }
  }
  return false;
}
