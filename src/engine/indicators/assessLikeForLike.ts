import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { TableFootnoteRow, footnoteFor } from '../sheets/readTableFootnotes';
import type { IndicatorRow, PeriodSource, SideFigure } from './IndicatorRow';

/** Why two figures are not compared; one entry per problem, with its finding. */
export interface NotComparable {
  /** A short clause for the Reason: "the current figure covers a part year (Q3 tracking)". */
  readonly why: string;
  readonly finding: Finding;
}

/** A footnote saying this, about a figure, stops the comparison. */
export const NOT_COMPARABLE_WORDS = /estimat|not (?:directly )?comparable|non-comparable|incomparable|not like[- ]for[- ]like/i;

/** The first period source that knows its length. */
function sourceWithMonths(figure: SideFigure): PeriodSource | undefined {
  for (const source of figure.periods) if (source.span.months !== undefined) return source;
  return undefined;
}

function describePeriod(figure: SideFigure): string {
  const source = figure.periods[0];
  if (!source) return 'a full year';
  const m = source.span.months;
  return m !== undefined ? `${source.span.label} (${m} months)` : source.span.label;
}

/**
 * The not-like-for-like rule (contract §8a): a part-year figure on either side, periods of different
 * known lengths, or a footnote that marks a figure as estimated or not comparable (or a footnote
 * mark whose footnote cannot be found, to be safe). Empty when the two figures may be compared.
 */
export function assessLikeForLike(sheet: string, row: IndicatorRow, notes: ReadonlyArray<TableFootnoteRow>): ReadonlyArray<NotComparable> {
  // Plain loops over the two sides: this runs for every comparable row of a large sheet.
  let problems: NotComparable[] | undefined;
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    const other = side === 0 ? row.current : row.previous;
    let partial: PeriodSource | undefined;
    for (const source of figure.periods) if (source.span.partial) { partial = source; break; }
    if (partial) {
      (problems ??= []).push({
        why: `the ${figure.side} figure covers a part year (${partial.span.label})`,
        finding: makeFinding('partialPeriod', { sheet, cell: partial.cell }, {
          side: figure.side, period: partial.span.label, other: describePeriod(other), raw: figure.display, parsed: partial.span.label, expected: 'a full-year figure, like the other',
        }),
      });
    }
  }
  const previousMonths = sourceWithMonths(row.previous)?.span.months;
  const source = sourceWithMonths(row.current);
  const currentMonths = source?.span.months;
  if (problems === undefined && previousMonths !== undefined && currentMonths !== undefined && previousMonths !== currentMonths) {
    problems = [{
      why: `the previous figure covers ${previousMonths} months and the current ${currentMonths}`,
      finding: makeFinding('differentPeriodLengths', { sheet, cell: source!.cell }, {
        previousMonths, currentMonths, raw: source!.span.label, expected: `${previousMonths} months, like the previous figure`,
      }),
    }];
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

/** Shared by every row whose figures may be compared (most of them); never written to. */
const NOTHING: ReadonlyArray<NotComparable> = [];
