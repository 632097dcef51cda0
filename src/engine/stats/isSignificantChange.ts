import { newcombeDifferenceInterval } from './newcombeDifferenceInterval';
import { rateRatioInterval } from './rateRatioInterval';

export type ChangeSignificance = 'increase' | 'decrease' | 'no significant change';

/** A count with its denominator: population for a rate, total for a proportion. */
export interface CountWithDenominator {
  readonly count: number;
  readonly denominator: number;
}

/**
 * Whether the change from a previous period to the latest is statistically significant, for Direction
 * method = significance.
 *
 * Method:
 * - `rate`: RR = latest rate / previous rate with the exact conditional interval (rateRatioInterval);
 *   'increase' when lower > 1, 'decrease' when upper < 1.
 * - `proportion`: d = latest proportion − previous proportion with Newcombe's hybrid score interval
 *   (newcombeDifferenceInterval); 'increase' when lower > 0, 'decrease' when upper < 0.
 * Otherwise 'no significant change' (the interval includes "no change": within what chance would give).
 *
 * Source: see rateRatioInterval (Lehmann 1986 §4.5; Fay, rateratio.test) and newcombeDifferenceInterval
 * (Newcombe 1998, method 10). Testing whether the interval excludes the null value is the usual duality
 * of confidence intervals and two-sided tests at α = 1 − level.
 *
 * @param measure 'rate' (count per population) or 'proportion' (count out of a total).
 * @param previous the earlier period; @param latest the latest period.
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the verdict, or undefined when no interval can be calculated (see the interval functions:
 *   a zero or negative denominator, a negative count, count above total for a proportion, both rate
 *   counts 0); the caller then falls back to the tolerance method and says so.
 */
export function isSignificantChange(
  measure: 'rate' | 'proportion',
  previous: CountWithDenominator,
  latest: CountWithDenominator,
  level = 0.95,
): ChangeSignificance | undefined {
  const interval =
    measure === 'rate'
      ? rateRatioInterval(latest.count, latest.denominator, previous.count, previous.denominator, level)
      : newcombeDifferenceInterval(latest.count, latest.denominator, previous.count, previous.denominator, level);
  if (interval === undefined) return undefined;
  const noChange = measure === 'rate' ? 1 : 0;
  if (interval.lower > noChange) return 'increase';
  if (interval.upper < noChange) return 'decrease';
  return 'no significant change';
}
