import { ConfidenceInterval, isConfidenceLevel, isCount } from './ConfidenceInterval';
import { inverseRegularisedBeta } from './regularisedBeta';

/**
 * Ratio of two crude rates, RR = (O₁/n₁)/(O₂/n₂), with an exact conditional confidence interval.
 *
 * Method: given the total N = O₁ + O₂, O₁ is Binomial(N, π) with π = n₁RR/(n₁RR + n₂). The
 * Clopper–Pearson limits for π,
 *   π_L = Beta⁻¹(α/2; O₁, O₂ + 1)        (0 when O₁ = 0)
 *   π_U = Beta⁻¹(1 − α/2; O₁ + 1, O₂)    (1 when O₂ = 0)
 * are turned into limits for the ratio by RR = π/(1 − π) · n₂/n₁. It is exact for all counts, so no
 * switch between methods is needed; for large counts it agrees with the log method
 * exp(ln RR ± z√(1/O₁ + 1/O₂)) to about 3 significant figures.
 *
 * Source: Lehmann EL (1986) Testing Statistical Hypotheses, 2nd ed., §4.5, p. 152 (comparing two Poisson
 * rates conditionally on their total); Clopper CJ, Pearson ES (1934) Biometrika 26:404-413; Fay MP
 * "Testing the ratio of two Poisson rates" (vignette of the R package rateratio.test), whose worked
 * example 2/17877 vs 9/16660 gives 0.02177406 to 1.00054910; the same interval as R's
 * poisson.test(c(O1, O2), c(n1, n2)).
 *
 * @param count1 events O₁ ≥ 0 in the first group or period; @param pop1 its population n₁ > 0.
 * @param count2 events O₂ ≥ 0 in the comparison group or period; @param pop2 its population n₂ > 0.
 * @param level two-sided confidence level in (0, 1), default 0.95.
 * @returns the interval for RR, or undefined (no interval) when a population is 0, negative or not
 *   finite, a count is negative or not finite, both counts are 0 (no information) or the level is
 *   outside (0, 1). O₁ = 0 gives value 0 and lower 0; O₂ = 0 gives value and upper Infinity.
 */
export function rateRatioInterval(
  count1: number,
  pop1: number,
  count2: number,
  pop2: number,
  level = 0.95,
): ConfidenceInterval | undefined {
  if (!(Number.isFinite(pop1) && pop1 > 0 && Number.isFinite(pop2) && pop2 > 0)) return undefined;
  if (!isCount(count1) || !isCount(count2) || count1 + count2 === 0 || !isConfidenceLevel(level)) {
    return undefined;
  }
  const alpha = 1 - level;
  const piLower = count1 === 0 ? 0 : inverseRegularisedBeta(alpha / 2, count1, count2 + 1);
  const piUpper = count2 === 0 ? 1 : inverseRegularisedBeta(1 - alpha / 2, count1 + 1, count2);
  const toRatio = (pi: number): number => (pi === 1 ? Infinity : (pi / (1 - pi)) * (pop2 / pop1));
  const value = count2 === 0 ? Infinity : count1 / pop1 / (count2 / pop2);
  return {
    value,
    lower: toRatio(piLower),
    upper: toRatio(piUpper),
    level,
    method: 'exact conditional binomial',
  };
}
