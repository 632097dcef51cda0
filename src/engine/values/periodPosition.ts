import { memoise } from '../memo/memoise';
import { monthOfYear } from './monthOfYear';

/** Where a period label sits in time (Trends series, and the latest period of a Districts or Peers sheet). */
export interface PeriodPosition {
  /**
   * The month the period ends, counted from January of year 0 (`Mar 2023` → 2023 × 12 + 2); for a
   * label without a year (`Q3`, `Jun`), the month of the year, 0-11.
   */
  readonly endMonth: number;
  /** Months the label names: 1 for a month, 3 for a quarter, 12 for a year, n for a month span. */
  readonly months: number;
  /** True when the label names no year, so it cannot be placed among other years. */
  readonly withoutYear: boolean;
}

/**
 * Reads a period label's place in time, for ordering a series and measuring its steps. The whole
 * label must be one of:
 * - a quarter with its year: `Q1 2022/23` is a financial quarter (Q1 = Apr-Jun 2022), `Q1 2022` a
 *   calendar one (Jan-Mar 2022); also `2022/23 Q1`, `Quarter 1 2022/23`;
 * - a month with its year: `Jun 2022`, `June 2022`, `Jun-22`;
 * - a month span ending with a year: `Apr2015-Mar2016`, `Apr 2021 - Mar 2022`, `Jul-Jun 2022`, and with
 *   two-digit years, `Apr16-Mar17`;
 * - a span of day/month/year dates, UK order: `01/04/2016 - 31/03/2017` (up to two years);
 * - a rolling year named by its last month: `Year ending Mar 2022`, `12 months to Mar 2022`,
 *   `12 months ending March 2022`, `YE Mar 22`, `Year ending 31 March 2022` (12 months, April 2021 to
 *   March 2022);
 * - a year: `2016` (a calendar year), `2015/16`, `2015-16`, `2015-2016`, `FY 2015/16` (ending March);
 * - a quarter or month alone, `Q3` or `Sep`, placed within a year only.
 * Undefined for anything else (`wave 1`, `2014-2017`, `Q1-Q3`), which is never guessed.
 */
export const periodPosition: (label: string) => PeriodPosition | undefined = memoise((label: string) => readPosition(label), 1_000);

/** April, 0-based: financial years and their quarters start here. */
const FINANCIAL_YEAR_START = 3;

const YEAR = String.raw`(?:fy\s*)?((?:19|20)\d{2})(?:\s*[/\-–]\s*(\d{4}|\d{2}))?`;
const QUARTER = String.raw`(?:q|quarter\s*)([1-4])`;
const MONTH = String.raw`([a-z]+)\.?`;
const QUARTER_THEN_YEAR = new RegExp(`^${QUARTER}[\\s,]*${YEAR}$`);
const YEAR_THEN_QUARTER = new RegExp(`^${YEAR}[\\s,]*${QUARTER}$`);
const MONTH_AND_YEAR = new RegExp(`^${MONTH}[\\s\\-']*((?:19|20)\\d{2}|\\d{2})$`);
const MONTH_SPAN = new RegExp(`^${MONTH}\\s*((?:19|20)\\d{2})?\\s*(?:-|–|—|to)\\s*${MONTH}\\s*((?:19|20)\\d{2})$`);
/** `Apr16-Mar17`, `Apr-16 to Mar-17`: months with two-digit years (taken as 20xx). */
const SHORT_YEAR_MONTH_SPAN = new RegExp(`^${MONTH}[\\s\\-']*(\\d{2})\\s*(?:-|–|—|to)\\s*${MONTH}[\\s\\-']*(\\d{2})$`);
/** `01/04/2016 - 31/03/2017`: day/month/year dates, UK order. */
const DATE = String.raw`(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2}|\d{2})`;
const DATE_SPAN = new RegExp(`^${DATE}\\s*(?:-|–|—|to)\\s*${DATE}$`);
/** `year ending mar 2022`, `12 months to mar 2022`, `rolling 12-month ending mar-22`, `ye 31 mar 22` (the day is ignored). */
const YEAR_ENDING = new RegExp(`^(?:year ending|(?:rolling )?(?:12|twelve)[ \\-]?months? (?:to|ending)|y/?e) (?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH}[\\s\\-']*((?:19|20)\\d{2}|\\d{2})$`);
const YEAR_ALONE = new RegExp(`^${YEAR}$`);
const QUARTER_ALONE = new RegExp(`^${QUARTER}$`);
const MONTH_ALONE = new RegExp(`^${MONTH}$`);

function readPosition(label: string): PeriodPosition | undefined {
  const text = label.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = QUARTER_THEN_YEAR.exec(text))) return quarterOfYear(Number(m[1]), m[2], m[3]);
  if ((m = YEAR_THEN_QUARTER.exec(text))) return quarterOfYear(Number(m[3]), m[1], m[2]);
  if ((m = YEAR_ALONE.exec(text))) {
    const year = yearOf(m[1], m[2]);
    if (year === undefined) return undefined;
    return year.financial
      ? dated(year.first * 12 + FINANCIAL_YEAR_START + 11, 12)
      : dated(year.first * 12 + 11, 12);
  }
  if ((m = MONTH_AND_YEAR.exec(text))) {
    const month = monthOfYear(m[1]);
    if (month === undefined) return undefined;
    return dated(yearNumber(m[2]) * 12 + month, 1);
  }
  if ((m = YEAR_ENDING.exec(text))) {
    const month = monthOfYear(m[1]);
    return month === undefined ? undefined : dated(yearNumber(m[2]) * 12 + month, 12);
  }
  if ((m = MONTH_SPAN.exec(text))) {
    const start = monthOfYear(m[1]);
    const end = monthOfYear(m[3]);
    if (start === undefined || end === undefined) return undefined;
    const endMonth = Number(m[4]) * 12 + end;
    // Without a start year the span is the shortest one ending there: `Jul-Jun 2022` is 12 months.
    const startMonth = m[2] !== undefined ? Number(m[2]) * 12 + start : endMonth - ((end - start + 12) % 12);
    return endMonth >= startMonth ? dated(endMonth, endMonth - startMonth + 1) : undefined;
  }
  if ((m = SHORT_YEAR_MONTH_SPAN.exec(text))) {
    const start = monthOfYear(m[1]);
    const end = monthOfYear(m[3]);
    if (start === undefined || end === undefined) return undefined;
    return spanOf((2000 + Number(m[2])) * 12 + start, (2000 + Number(m[4])) * 12 + end);
  }
  if ((m = DATE_SPAN.exec(text))) {
    // A span from the 1st to a month's end is whole months; other days count to the nearer month.
    const start = monthIndex(m[2], m[3]) + (Number(m[1]) > 15 ? 1 : 0);
    const end = monthIndex(m[5], m[6]) - (Number(m[4]) < 15 ? 1 : 0);
    return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[5]) >= 1 && Number(m[5]) <= 12 ? spanOf(start, end) : undefined;
  }
  if ((m = QUARTER_ALONE.exec(text))) return { endMonth: Number(m[1]) * 3 - 1, months: 3, withoutYear: true };
  if ((m = MONTH_ALONE.exec(text))) {
    const month = monthOfYear(m[1]);
    return month === undefined ? undefined : { endMonth: month, months: 1, withoutYear: true };
  }
  return undefined;
}

/** Months counted from year 0 for a month (1-12) and a year written with two or four digits. */
function monthIndex(month: string, year: string): number {
  return yearNumber(year) * 12 + Number(month) - 1;
}

/** A year written with four digits, or two (taken as 20xx). */
function yearNumber(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** The span from one month to another; undefined when it runs backwards or longer than two years (a misread). */
function spanOf(startMonth: number, endMonth: number): PeriodPosition | undefined {
  const months = endMonth - startMonth + 1;
  return months >= 1 && months <= 24 ? dated(endMonth, months) : undefined;
}

function dated(endMonth: number, months: number): PeriodPosition {
  return { endMonth, months, withoutYear: false };
}

/** A financial year's quarter (Q1 = Apr-Jun) for `2022/23`, a calendar quarter for `2022`. */
function quarterOfYear(quarter: number, first: string, second: string | undefined): PeriodPosition | undefined {
  const year = yearOf(first, second);
  if (year === undefined) return undefined;
  const yearStart = year.first * 12 + (year.financial ? FINANCIAL_YEAR_START : 0);
  return dated(yearStart + quarter * 3 - 1, 3);
}

/** `2015` alone is a calendar year; `2015/16` or `2015-2016` a financial one; `2015/17` is no year. */
function yearOf(first: string, second: string | undefined): { first: number; financial: boolean } | undefined {
  const year = Number(first);
  if (second === undefined) return { first: year, financial: false };
  const consecutive = second.length === 2 ? Number(second) === (year + 1) % 100 : Number(second) === year + 1;
  return consecutive ? { first: year, financial: true } : undefined;
}

