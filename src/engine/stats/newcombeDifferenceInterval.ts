import { ConfidenceInterval, isConfidenceLevel } from './ConfidenceInterval';
import { wilsonInterval } from './wilsonInterval';

/**
 * Difference of two independent proportions, d = p₁ − p₂ (p = x/n), with Newcombe's hybrid score
 * interval.
 *
 * Formula: with (l₁, u₁) and (l₂, u₂) the Wilson score limits for p₁ and p₂ at the same level,
 *   lower = d − √((p₁ − l₁)² + (u₂ − p₂)²)
 *   upper = d + √((u₁ − p₁)² + (p₂ − l₂)²)
 *
 * Source: Newcombe RG (1998) "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Stat Med 17:873-890, method 10 (score interval without continuity
 * correction); Wilson limits as in wilsonInterval.
 *
 * @param x1 successes in group 1 (0 ≤ x1 ≤ n1); @param n1 its total > 0.
 * @param x2 successes in group 2 (0 ≤ x2 ≤ n2); @param n2 its total > 0.
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the interval for d (a difference of proportions between −1 and 1), or undefined (no interval)
 *   whenever either Wilson interval is undefined (a total of 0, a negative count, x > n) or the level is
 *   outside (0, 1).
 */
export function newcombeDifferenceInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  level = 0.95,
): ConfidenceInterval | undefined {
  if (!isConfidenceLevel(level)) return undefined;
  const first = wilsonInterval(x1, n1, level);
  const second = wilsonInterval(x2, n2, level);
  if (first === undefined || second === undefined) return undefined;
  const p1 = first.value;
  const p2 = second.value;
  const d = p1 - p2;
  return {
    value: d,
    lower: d - Math.hypot(p1 - first.lower, second.upper - p2),
    upper: d + Math.hypot(first.upper - p1, p2 - second.lower),
    level,
    method: 'Newcombe hybrid score',
  };
}
