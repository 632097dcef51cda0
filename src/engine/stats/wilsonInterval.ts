import { ConfidenceInterval, isConfidenceLevel, isCount } from './ConfidenceInterval';
import { twoSidedZ } from './normalQuantile';

/**
 * Wilson score confidence interval for a proportion p = O/n, the method PHE indicators use for
 * proportions.
 *
 * Formula, with z = Φ⁻¹(1 − α/2), α = 1 − level:
 *   limits = (2O + z² ∓ z·√(z² + 4O(1 − O/n))) / (2(n + z²))
 * (equivalently (p + z²/2n ∓ z√(p(1−p)/n + z²/4n²)) / (1 + z²/n)).
 *
 * Source: Wilson EB (1927) "Probable inference, the law of succession, and statistical inference",
 * JASA 22:209-212; Newcombe RG (1998) "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Stat Med 17:857-872, method 3;
 * Fingertips "Public Health Technical Guide" (fingertips.phe.org.uk/profile/guidance, PH methods),
 * proportions (Wilson score method, PHEindicatormethods::phe_proportion).
 *
 * @param successes O, with 0 ≤ O ≤ n (non-integers accepted).
 * @param total n > 0.
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the interval for the proportion (between 0 and 1, not a percentage), or undefined (no
 *   interval) when n is 0, negative or non-finite, O is negative, non-finite or above n, or the level is
 *   outside (0, 1). O = 0 gives lower exactly 0; O = n gives upper exactly 1.
 */
export function wilsonInterval(successes: number, total: number, level = 0.95): ConfidenceInterval | undefined {
  if (!(Number.isFinite(total) && total > 0)) return undefined;
  if (!isCount(successes) || successes > total || !isConfidenceLevel(level)) return undefined;
  const z = twoSidedZ(level);
  const z2 = z * z;
  const spread = z * Math.sqrt(z2 + 4 * successes * (1 - successes / total));
  const denominator = 2 * (total + z2);
  const lower = successes === 0 ? 0 : (2 * successes + z2 - spread) / denominator;
  const upper = successes === total ? 1 : (2 * successes + z2 + spread) / denominator;
  return { value: successes / total, lower, upper, level, method: 'Wilson score' };
}
