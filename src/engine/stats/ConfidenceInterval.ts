/** How an interval was calculated, so a Reason can say so. */
export type IntervalMethod =
  | 'exact Poisson'
  | 'Byar'
  | 'Wilson score'
  | 'exact conditional binomial'
  | 'Newcombe hybrid score';

/** A point estimate with its two-sided confidence interval at `level` (e.g. 0.95, 0.998). */
export interface ConfidenceInterval {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  readonly method: IntervalMethod;
}

/** True for a usable two-sided confidence level: a number strictly between 0 and 1. */
export function isConfidenceLevel(level: number): boolean {
  return level > 0 && level < 1;
}

/** True for a usable event count: finite and not negative (non-integers are allowed). */
export function isCount(count: number): boolean {
  return Number.isFinite(count) && count >= 0;
}
