import { regularisedGammaQ } from './regularisedGamma';

/**
 * Upper-tail probability (p-value) of a chi-square statistic: P(χ²ₖ ≥ x).
 *
 * Formula: P(χ²ₖ ≥ x) = Q(k/2, x/2), the regularised upper incomplete gamma function.
 *
 * Source: Press WH et al. (2007) Numerical Recipes, 3rd ed., §6.14.8 (chi-square distribution) with
 * §6.2 (incomplete gamma function).
 *
 * @param statistic x ≥ 0; @param degreesOfFreedom k > 0.
 * @returns the p-value in [0, 1]; 1 for x = 0; NaN for a negative or non-numeric statistic.
 */
export function chiSquareUpperTail(statistic: number, degreesOfFreedom: number): number {
  return regularisedGammaQ(degreesOfFreedom / 2, statistic / 2);
}
