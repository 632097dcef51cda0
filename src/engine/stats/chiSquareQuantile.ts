import { inverseRegularisedGammaP } from './inverseRegularisedGammaP';

/**
 * Quantile of the chi-square distribution with k degrees of freedom: the x with P(χ²ₖ ≤ x) = p.
 *
 * Formula: χ²ₖ is Gamma(k/2, scale 2), so x = 2 · P⁻¹(k/2, p), with P⁻¹ the inverse regularised lower
 * incomplete gamma function (see inverseRegularisedGammaP).
 *
 * Source: Johnson NL, Kotz S, Balakrishnan N (1994) Continuous Univariate Distributions vol. 1, 2nd ed.,
 * ch. 18 (chi-square as a gamma distribution); Press WH et al. (2007) Numerical Recipes 3rd ed. §6.14.8.
 *
 * @param p probability in [0, 1]; @param degreesOfFreedom k > 0 (need not be an integer).
 * @returns the quantile; 0 at p = 0, Infinity at p = 1, NaN for invalid input.
 */
export function chiSquareQuantile(p: number, degreesOfFreedom: number): number {
  // Tests ask for the same critical value series after series (e.g. 99.8% with 1 degree of freedom).
  if (!Object.is(p, lastP) || !Object.is(degreesOfFreedom, lastDegrees)) {
    lastQuantile = 2 * inverseRegularisedGammaP(degreesOfFreedom / 2, p);
    lastP = p;
    lastDegrees = degreesOfFreedom;
  }
  return lastQuantile;
}

let lastP = NaN;
let lastDegrees = NaN;
let lastQuantile = NaN;
