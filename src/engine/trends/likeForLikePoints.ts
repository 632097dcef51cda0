import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { PeriodSpan } from '../values/ParsedValue';
import type { TrendPoint } from './TrendResult';
import { periodPosition } from '../values/periodPosition';

/**
 * A point whose figure's note (`83 (April -Dec2017)`) or own period label (`Apr 2016 - Dec 2016`)
 * names a part year, with the cell that says so.
 */
export interface PartYearPoint {
  readonly point: TrendPoint;
  readonly span: PeriodSpan;
  readonly raw: string;
  readonly cell: string;
  /** True when the period label itself is the part year, rather than a note beside the figure. */
  readonly fromLabel?: boolean;
}

/**
 * The points that may be compared with one another (contract §8a): a part-year figure among figures
 * for other lengths of period is the 9-months-against-12 mistake, so it is left out, with warning
 * T004 on its cell. When every point covers the same known part of a year (each `Apr-Dec`), the
 * series is like for like and kept whole.
 */
export function likeForLikePoints(
  sheet: string, indicator: string, points: ReadonlyArray<TrendPoint>, partYears: ReadonlyArray<PartYearPoint>, findings: Finding[],
): ReadonlyArray<TrendPoint> {
  // A note as long as its own label's period ("13 (Jan-Mar 2023)" on Q4 2022/23) is no part of it.
  const shorter = partYears.filter(({ point, span, fromLabel }) => fromLabel || span.months === undefined || span.months !== periodPosition(point.label)?.months);
  if (shorter.length === 0 || allOneLength(points, shorter)) return points;
  const other = restOfSeries(points, shorter);
  const leftOut = new Set<TrendPoint>();
  for (const { point, span, raw, cell } of shorter) {
    leftOut.add(point);
    findings.push(makeFinding('trendPartialPeriod', { sheet, cell }, {
      indicator, period: point.label, part: span.label, other, raw, parsed: span.label, expected: 'a figure for the same length of period as the rest of the series',
    }));
  }
  return points.filter((p) => !leftOut.has(p));
}

function allOneLength(points: ReadonlyArray<TrendPoint>, partYears: ReadonlyArray<PartYearPoint>): boolean {
  if (partYears.length < points.length) return false;
  const months = partYears[0].span.months;
  return months !== undefined && partYears.every((p) => p.span.months === months);
}

/** What the other points cover, for the warning: "full years", "full quarters", or other lengths. */
function restOfSeries(points: ReadonlyArray<TrendPoint>, shorter: ReadonlyArray<PartYearPoint>): string {
  const left = new Set(shorter.map((p) => p.point));
  const lengths = new Set(points.filter((p) => !left.has(p)).map((p) => periodPosition(p.label)?.months ?? 12));
  if (lengths.size === 1 && lengths.has(12)) return 'full years';
  if (lengths.size === 1 && lengths.has(3)) return 'full quarters';
  return 'periods of other lengths';
}
