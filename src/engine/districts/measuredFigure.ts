import type { Measure } from '../indicators/Measure';
import { measureMultiplier } from '../indicators/Measure';
import type { ConfidenceInterval } from '../stats/ConfidenceInterval';
import { isConfidenceLevel, isCount } from '../stats/ConfidenceInterval';
import { crudeRateInterval } from '../stats/crudeRateInterval';
import { wilsonInterval } from '../stats/wilsonInterval';

/** A figure compared on the Districts, Peers or Trends sheet, with its interval when counts allow. */
export interface MeasuredFigure {
  readonly value: number;
  readonly fromCounts: boolean;
  readonly count?: number;
  readonly denominator?: number;
  /** Absent for a figure typed as a value: no count, no interval. */
  readonly interval?: ConfidenceInterval;
}

/** How counts become a figure: a rate per `multiplier`, or a proportion (a fraction). */
export type FigureKind = { readonly kind: 'rate'; readonly multiplier: number } | { readonly kind: 'proportion' };

/**
 * A count over a denominator is a proportion for Percentage indicators and otherwise a rate, per the
 * indicator's measure, or per 1,000 when the measure says none (contract §1 default).
 */
export function figureKindFor(measure: Measure | undefined): FigureKind {
  if (measure === 'Percentage') return { kind: 'proportion' };
  if (measure !== undefined && measure.startsWith('Rate')) return { kind: 'rate', multiplier: measureMultiplier(measure) };
  return { kind: 'rate', multiplier: 1000 };
}

/**
 * The figure from a count and denominator with its interval: crude rate (exact Poisson below 10,
 * Byar from 10) or Wilson score for proportions, at `level`. Undefined when the denominator is not
 * positive or the count is negative or above the total of a proportion.
 */
export function figureFromCounts(count: number, denominator: number, kind: FigureKind, level: number): MeasuredFigure | undefined {
  if (!(denominator > 0) || !(count >= 0)) return undefined;
  if (kind.kind === 'proportion') {
    const interval = wilsonInterval(count, denominator, level);
    return interval ? { value: interval.value, fromCounts: true, count, denominator, interval } : undefined;
  }
  const interval = crudeRateInterval(count, denominator, kind.multiplier, level);
  return interval ? { value: interval.value, fromCounts: true, count, denominator, interval } : undefined;
}

/**
 * figureFromCounts without the interval, for callers that only use the figure (Trends): the same
 * value by the same arithmetic, and undefined exactly when figureFromCounts is.
 */
export function figureFromCountsWithoutInterval(count: number, denominator: number, kind: FigureKind, level: number): MeasuredFigure | undefined {
  if (!(denominator > 0) || !(count >= 0)) return undefined;
  if (!Number.isFinite(denominator) || !isCount(count) || !isConfidenceLevel(level)) return undefined;
  if (kind.kind === 'proportion') return count > denominator ? undefined : { value: count / denominator, fromCounts: true, count, denominator };
  const multiplier = kind.multiplier;
  if (!(Number.isFinite(multiplier) && multiplier > 0)) return undefined;
  return { value: count * (multiplier / denominator), fromCounts: true, count, denominator };
}
