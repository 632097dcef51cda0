import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { PeriodSpan } from '../values/ParsedValue';
import type { TrendPoint } from './TrendResult';

/** A point whose figure's note names a part year (`83 (April -Dec2017)`), with the cell that says so. */
export interface PartYearPoint {
  readonly point: TrendPoint;
  readonly span: PeriodSpan;
  readonly raw: string;
  readonly cell: string;
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
  if (partYears.length === 0 || allOneLength(points, partYears)) return points;
  const other = partYears.length < points.length ? 'full years' : 'periods of other lengths';
  const leftOut = new Set<TrendPoint>();
  for (const { point, span, raw, cell } of partYears) {
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
