import type { PeriodSpan } from './ParsedValue';
import { memoise } from '../memo/memoise';

/**
 * Reads how many months a period label covers and whether it is a partial period (contract §7).
 *
 * Recognised, first match wins:
 * - month spans: `Apr2015-Mar2016` (12), `April -Dec2016` (9), `Apr-Sep 2022` (6),
 *   `Apr 2021 - Mar 2022` (12), `April to December 2016` (9). Full month names or 3-letter
 *   abbreviations, joined by `-`, `–`, `—` or `to`. A missing year is inferred from the month order:
 *   `Apr-Dec` stays in one year, `Oct-Mar` crosses a year end.
 * - quarter spans: `Q1-Q3` (9), `Q1-Q4` (12).
 * - `12 months`, `rolling 12-month`: the stated number of months.
 * - a single quarter: `Q1` alone is that quarter (3 months, partial). With a year-to-date word,
 *   `Q3 tracking` means Q1 to Q3 (9 months, partial). With a year, `Q2 2022/23` is the name of a
 *   reporting quarter, not the length of the figure (often a rolling 12 months), so months stay
 *   undefined and partial false.
 * - year labels: `2016`, `2015-16`, `2015/16`, `2015-2016`: 12 months, full. A longer run of years
 *   (`2014-2017`) is left unknown rather than guessed.
 * - year-to-date words (`tracking`, `YTD`, `year to date`, `to date`): partial, months undefined
 *   unless a span is also named.
 * Anything else gives months undefined and partial false. `partial` is true when months < 12 or a
 * year-to-date word is present.
 */
export function readPeriodSpan(label: string): PeriodSpan {
  return findPeriodSpan(label) ?? { label, partial: false };
}

/**
 * As readPeriodSpan, but undefined when the label names no period and no year-to-date. Labels repeat
 * down a sheet ("2015-16", "Q3 tracking"), so each distinct label is read once; spans are immutable.
 */
export const findPeriodSpan: (label: string) => PeriodSpan | undefined = memoise((label: string) => readSpan(label), 1_000);

function readSpan(label: string): PeriodSpan | undefined {
  const tokens = tokenise(label);
  const ytd = saysYearToDate(tokens);
  const monthsSpanned = monthSpan(tokens);
  if (monthsSpanned === null) return undefined;
  const months = monthsSpanned ?? quarterSpan(tokens) ?? statedMonths(tokens);
  if (months !== undefined) return { label, months, partial: months < 12 || ytd };

  const quarter = singleQuarter(tokens);
  if (quarter !== undefined) {
    if (ytd) return { label, months: quarter * 3, partial: true };
    if (!hasYear(tokens)) return { label, months: 3, partial: true };
    return { label, partial: false };
  }
  if (ytd) return { label, partial: true };
  if (yearLabel(tokens)) return { label, months: 12, partial: false };
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
const DASHES = new Set(['-', '\u2013', '\u2014']);

/** Lower-case tokens: `q1`..`q4`, words, digit runs, single other characters; spaces dropped. */
function tokenise(label: string): string[] {
  return label.toLowerCase().match(/q[1-4](?![0-9])|[a-z]+|[0-9]+|\S/g) ?? [];
}

/** 1-12, or undefined when the token is not a month name or its 3-letter abbreviation. */
function monthOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const index = token === 'sept' ? 8 : Math.max(MONTHS.indexOf(token), FULL_MONTHS.indexOf(token));
  return index >= 0 ? index + 1 : undefined;
}

function fourDigitYear(token: string | undefined): number | undefined {
  return token !== undefined && /^(19|20)[0-9]{2}$/.test(token) ? Number(token) : undefined;
}

function isJoin(token: string | undefined): boolean {
  return token !== undefined && (DASHES.has(token) || token === 'to');
}

/** Months in the first month span; null when that span runs backwards (`Apr2016-Mar2015`). */
function monthSpan(tokens: string[]): number | null | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const startMonth = monthOf(tokens[i]);
    if (startMonth === undefined) continue;
    let j = i + 1;
    const startYear = fourDigitYear(tokens[j]);
    if (startYear !== undefined) j++;
    if (!isJoin(tokens[j])) continue;
    const endMonth = monthOf(tokens[j + 1]);
    if (endMonth === undefined) continue;
    const endYear = fourDigitYear(tokens[j + 2]);
    const months = startYear !== undefined && endYear !== undefined
      ? (endYear - startYear) * 12 + endMonth - startMonth + 1
      : ((endMonth - startMonth + 12) % 12) + 1;
    return months >= 1 ? months : null;
  }
  return undefined;
}

function quarterSpan(tokens: string[]): number | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = quarterOf(tokens[i]);
    const last = quarterOf(tokens[i + 2]);
    if (first !== undefined && last !== undefined && isJoin(tokens[i + 1])) {
      return (((last - first + 4) % 4) + 1) * 3;
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

/** `2016`, `2015-16`, `2015/16`, `2015-2016`; a year followed by a non-consecutive one is not. */
function yearLabel(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const year = fourDigitYear(tokens[i]);
    if (year === undefined) continue;
    const sep = tokens[i + 1];
    const next = tokens[i + 2];
    if ((sep !== undefined && (DASHES.has(sep) || sep === '/')) && next !== undefined && /^[0-9]+$/.test(next)) {
      const consecutive = next.length === 2 ? Number(next) === (year + 1) % 100 : Number(next) === year + 1;
      if (consecutive) return true;
      i += 2;
      continue;
    }
    return true;
  }
  return false;
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
