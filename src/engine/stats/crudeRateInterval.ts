import { byarLower, byarUpper } from './byarInterval';
import { ConfidenceInterval, isConfidenceLevel, isCount } from './ConfidenceInterval';
import { twoSidedZ } from './normalQuantile';
import { poissonExactInterval } from './poissonExactInterval';

/** Counts below this use the exact Poisson interval; this and above use Byar's (PHE convention). */
export const EXACT_POISSON_BELOW = 10;

/**
 * Crude rate O/n × multiplier with its confidence interval, choosing the method as PHE indicators do.
 *
 * Formula: rate = O / n × m; limits = (count limits) / n × m, where the count limits come from the
 * exact Poisson method when O < 10 and Byar's method when O ≥ 10 (see poissonExactInterval and
 * byarInterval).
 *
 * Source: Fingertips "Public Health Technical Guide" (fingertips.phe.org.uk/profile/guidance, PH methods),
 * crude rates; the same rule is coded in PHEindicatormethods::phe_rate ("For numerators >= 10 Byar's
 * method is applied …", exact method below 10).
 *
 * @param count events O ≥ 0 in the period.
 * @param population persons (or person-time) n > 0 at risk.
 * @param multiplier scale of the rate, e.g. 1000 or 100000 (> 0), default 100000.
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the rate interval, or undefined (no interval) when the count is negative or non-finite,
 *   the population is 0, negative or non-finite, the multiplier is not positive, or the level is
 *   outside (0, 1). Count 0 gives rate 0 with lower limit 0.
 */
export function crudeRateInterval(
  count: number,
  population: number,
  multiplier = 100000,
  level = 0.95,
): ConfidenceInterval | undefined {
  if (!(Number.isFinite(population) && population > 0)) return undefined;
  if (!(Number.isFinite(multiplier) && multiplier > 0)) return undefined;
  if (count < EXACT_POISSON_BELOW) {
    const countInterval = poissonExactInterval(count, level);
    if (countInterval === undefined) return undefined;
    const scale = multiplier / population;
    return { value: count * scale, lower: countInterval.lower * scale, upper: countInterval.upper * scale, level, method: countInterval.method };
  }
  // Byar's limits straight from the count, as byarInterval gives them: no interval object per row.
  if (!isCount(count) || !isConfidenceLevel(level)) return undefined;
  const z = twoSidedZ(level);
  const scale = multiplier / population;
  return { value: count * scale, lower: byarLower(count, z) * scale, upper: byarUpper(count, z) * scale, level, method: 'Byar' };
}
