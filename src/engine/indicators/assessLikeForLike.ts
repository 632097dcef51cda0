import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { TableFootnoteRow, footnoteFor } from '../sheets/readTableFootnotes';
import { findSpanStart } from '../values/readPeriodSpan';
import type { IndicatorRow, PeriodSource, SideFigure } from './IndicatorRow';

/** Why two figures are not compared; one entry per problem, with its finding. */
export interface NotComparable {
  /** A short clause for the Reason: "the current figure covers a part year (Q3 tracking)". */
  readonly why: string;
  readonly finding: Finding;
}

/**
 * A footnote saying this, about a figure, stops the comparison: an estimate; a negation acting on
 * "compar…" itself ("cannot be compared", "should not be directly compared", "no longer
 * comparable", "not like-for-like"); "compar…" shortly before "not possible" ("Comparison not
 * possible"); or a named break in the series. The negation must govern the verb: "does not affect
 * comparability" and "figures are like-for-like" say the figures may be compared. A comma, full
 * stop, colon or semicolon ends the reach of "not possible". Every repeat is bounded: linear on long text.
 */
export const NOT_COMPARABLE_WORDS = new RegExp([
  'estimat',
  String.raw`(?:\b(?:not|cannot|no longer|never)|n['\u2019]t)\s+(?:be\s+|been\s+)?(?:directly\s+|easily\s+|strictly\s+|fully\s+)?compar`,
  String.raw`(?:\bnot|n['\u2019]t)\s+(?:be\s+)?(?:compared\s+)?like[- ]for[- ]like`,
  String.raw`compar[^,.;:]{0,40}\bnot (?:possible|valid|appropriate|advised)`,
  'incomparab', 'non-?comparab',
  'break in (?:the )?(?:data )?series', 'series break', 'discontinuity',
].join('|'), 'i');

/** The first period source that knows its length. */
function sourceWithMonths(figure: SideFigure): PeriodSource | undefined {
  for (const source of figure.periods) if (source.span.months !== undefined) return source;
  return undefined;
}

function firstPartial(figure: SideFigure): PeriodSource | undefined {
  for (const source of figure.periods) if (source.span.partial) return source;
  return undefined;
}

function describePeriod(figure: SideFigure): string {
  const source = figure.periods[0];
  if (!source) return 'a full year';
  const m = source.span.months;
  return m !== undefined ? `${source.span.label} (${m} months)` : source.span.label;
}

/**
 * The not-like-for-like rule (contract §8a): a part-year figure on one side, periods of different
 * known lengths, part years on both sides not shown to be the same months of the year, or a
 * footnote that marks a figure as estimated or not comparable (or a footnote mark whose footnote
 * cannot be found, to be safe). Empty when the two figures may be compared: a year-to-date figure
 * may be compared with the same months a year earlier (`Apr-Dec 2015` against `Apr-Dec 2016`).
 */
export function assessLikeForLike(sheet: string, row: IndicatorRow, notes: ReadonlyArray<TableFootnoteRow>): ReadonlyArray<NotComparable> {
  // Plain loops and locals: this runs for every comparable row of a large sheet.
  let problems: NotComparable[] | undefined;
  const { previous, current } = row;
  const previousPartial = firstPartial(previous);
  const currentPartial = firstPartial(current);
  if (previousPartial && currentPartial) {
    // Each part year's own label gives its length: the header's `2015-16` beside `YTD` names the year, not the length.
    const previousMonths = previousPartial.span.months;
    const currentMonths = currentPartial.span.months;
    if (previousMonths !== undefined && currentMonths !== undefined && previousMonths !== currentMonths) {
      problems = [differentLengths(sheet, previousMonths, current, currentPartial)];
    } else if (!sameMonthsOfYear(previousPartial, currentPartial)) {
      problems = [bothPartYears(sheet, previousPartial, current, currentPartial)];
    }
  } else if (previousPartial) {
    problems = [onePartYear(sheet, previous, previousPartial, current)];
  } else if (currentPartial) {
    problems = [onePartYear(sheet, current, currentPartial, previous)];
  } else {
    const previousMonths = sourceWithMonths(previous)?.span.months;
    const currentSource = sourceWithMonths(current);
    const currentMonths = currentSource?.span.months;
    if (previousMonths !== undefined && currentMonths !== undefined && previousMonths !== currentMonths) {
      problems = [differentLengths(sheet, previousMonths, current, currentSource!)];
    }
  }
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    for (const { mark, cell, raw } of figure.footnotes) {
      const note = footnoteFor(notes, mark);
      if (!note) {
        (problems ??= []).push({
          why: `the ${figure.side} figure carries footnote ${mark}, which has no footnote under the table`,
          finding: makeFinding('footnoteNotFound', { sheet, cell }, { side: figure.side, raw, mark, expected: `a footnote row starting with ${mark}` }),
        });
      } else if (NOT_COMPARABLE_WORDS.test(note.text)) {
        (problems ??= []).push({
          why: `the ${figure.side} figure is footnoted (${mark}) as estimated or not comparable`,
          finding: makeFinding('footnotedNotComparable', { sheet, cell }, { side: figure.side, raw, mark, footnote: note.text, parsed: `footnote ${mark}` }),
        });
      }
    }
  }
  return problems ?? NOTHING;
}

/** Both spans name their length and where in the year they start, and these agree (`Apr-Dec` and `Apr-Dec`). */
function sameMonthsOfYear(previous: PeriodSource, current: PeriodSource): boolean {
  if (previous.span.months === undefined || previous.span.months !== current.span.months) return false;
  const start = findSpanStart(previous.span.label);
  return start !== undefined && start === findSpanStart(current.span.label);
}

/**
 * The cell a period finding goes on: the cell that names the period, except a column header's period,
 * which every row shares: then the row's own figure, so each row's finding names its own cell.
 */
function findingCell(source: PeriodSource, figure: SideFigure): string {
  return source.fromHeader && figure.cell !== '' ? figure.cell : source.cell;
}

function differentLengths(sheet: string, previousMonths: number, figure: SideFigure, current: PeriodSource): NotComparable {
  const currentMonths = current.span.months!;
  return {
    why: `the previous figure covers ${previousMonths} months and the current ${currentMonths}`,
    finding: makeFinding('differentPeriodLengths', { sheet, cell: findingCell(current, figure) }, {
      previousMonths, currentMonths, raw: current.span.label, expected: `${previousMonths} months, like the previous figure`,
    }),
  };
}

function onePartYear(sheet: string, figure: SideFigure, partial: PeriodSource, other: SideFigure): NotComparable {
  return {
    why: `the ${figure.side} figure covers a part year (${partial.span.label})`,
    finding: makeFinding('partialPeriod', { sheet, cell: findingCell(partial, figure) }, {
      side: figure.side, period: partial.span.label,
      against: `while the ${other.side} figure covers ${describePeriod(other)}`,
      raw: figure.display, parsed: partial.span.label, expected: `a full-year figure, like the ${other.side} one`,
    }),
  };
}

/**
 * Part years on both sides that are not shown to be the same months: one warning, on the current
 * side. Either both say where in the year they start, and the starts differ, or a label does not say.
 */
function bothPartYears(sheet: string, previous: PeriodSource, current: SideFigure, partial: PeriodSource): NotComparable {
  const previousLabel = previous.span.label;
  const currentLabel = partial.span.label;
  // Only starts of one kind can be told apart: a month ("m4") and a quarter ("q1") may be the same months.
  const previousStart = findSpanStart(previousLabel);
  const currentStart = findSpanStart(currentLabel);
  const differentMonths = previousStart !== undefined && currentStart !== undefined && previousStart[0] === currentStart[0];
  return {
    why: differentMonths
      ? `the figures cover different months of the year (${previousLabel}; ${currentLabel})`
      : `both figures cover part years (${previousLabel}; ${currentLabel}), not shown to be the same months of the year`,
    finding: makeFinding('partialPeriod', { sheet, cell: findingCell(partial, current) }, {
      side: 'current', period: currentLabel,
      against: differentMonths
        ? `and the previous figure covers different months (${previousLabel})`
        : `and so does the previous figure (${previousLabel}), but the labels do not show that both cover the same months of the year`,
      raw: current.display, parsed: currentLabel,
      expected: differentMonths ? `the same months as the previous figure (${previousLabel})` : 'the months each part year covers, named on both figures',
    }),
  };
}

/** Shared by every row whose figures may be compared (most of them); never written to. */
const NOTHING: ReadonlyArray<NotComparable> = [];
