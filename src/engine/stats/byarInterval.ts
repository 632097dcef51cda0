import { ConfidenceInterval, isConfidenceLevel, isCount } from './ConfidenceInterval';
import { twoSidedZ } from './normalQuantile';

/**
 * Byar's approximation to the exact Poisson confidence interval for a count O, the method PHE
 * indicators use for counts of 10 or more.
 *
 * Formula, with z = Φ⁻¹(1 − α/2) and α = 1 − level:
 *   lower = O · (1 − 1/(9O) − z/(3√O))³
 *   upper = (O + 1) · (1 − 1/(9(O + 1)) + z/(3√(O + 1)))³
 *
 * Source: Breslow NE, Day NE (1987) Statistical Methods in Cancer Research vol. II (IARC Scientific
 * Publication 82), Byar's approximation to the Poisson limits, as cited and coded in PHEindicatormethods
 * byars_lower / byars_upper, and Fingertips "Public Health Technical Guide"
 * (fingertips.phe.org.uk/profile/guidance, PH methods).
 *
 * @param count observed events O > 0; Byar is meant for O ≥ 10 (crudeRateInterval chooses for you).
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the interval for the count (value = O), or undefined for O ≤ 0, a non-finite count or a level
 *   outside (0, 1). The lower limit is clamped at 0 (it can go negative for tiny O at high levels).
 */
export function byarInterval(count: number, level = 0.95): ConfidenceInterval | undefined {
  if (!isCount(count) || count === 0 || !isConfidenceLevel(level)) return undefined;
  const z = twoSidedZ(level);
  return { value: count, lower: byarLower(count, z), upper: byarUpper(count, z), level, method: 'Byar' };
}

/** Byar's lower limit for a count o > 0 at critical value z (see byarInterval). */
export function byarLower(o: number, z: number): number {
  const lowerBase = 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o));
  return lowerBase > 0 ? o * lowerBase ** 3 : 0;
}

/** Byar's upper limit for a count o > 0 at critical value z (see byarInterval). */
export function byarUpper(o: number, z: number): number {
  return (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1))) ** 3;
}
