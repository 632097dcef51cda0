import { chiSquareQuantile } from './chiSquareQuantile';
import { ConfidenceInterval, isConfidenceLevel, isCount } from './ConfidenceInterval';

/**
 * Exact confidence interval for a Poisson count O (the expected number of events), the method PHE
 * indicators use for counts below 10.
 *
 * Formula, with α = 1 − level:
 *   lower = χ²⁻¹(α/2; 2O) / 2          (0 when O = 0)
 *   upper = χ²⁻¹(1 − α/2; 2O + 2) / 2
 * where χ²⁻¹(p; k) is the chi-square quantile with k degrees of freedom.
 *
 * Source: Fingertips "Public Health Technical Guide" (fingertips.phe.org.uk/profile/guidance, PH methods),
 * confidence intervals for counts and crude rates, as coded in PHEindicatormethods::phe_rate (exact method
 * for numerators below 10); Garwood F (1936) "Fiducial limits for the Poisson distribution", Biometrika
 * 28:437-442.
 *
 * @param count observed events O ≥ 0 (a non-integer is accepted and treated by the gamma relation).
 * @param level two-sided confidence level in (0, 1), default 0.95; 0.998 for PHE's outer limits.
 * @returns the interval for the count (value = O), or undefined for a negative or non-finite count or
 *   a level outside (0, 1). O = 0 gives lower 0, upper −ln(α/2) (3.689 at 95%).
 */
export function poissonExactInterval(count: number, level = 0.95): ConfidenceInterval | undefined {
  if (!isCount(count) || !isConfidenceLevel(level)) return undefined;
  const alpha = 1 - level;
  const lower = count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2;
  const upper = chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return { value: count, lower, upper, level, method: 'exact Poisson' };
}
