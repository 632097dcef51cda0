const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Formula (Lanczos, g = 7, n = 9): Γ(x+1) = √(2π) (x + g + ½)^(x+½) e^−(x+g+½) A_g(x), with
 * A_g(x) = c₀ + Σₖ cₖ/(x + k); for x < ½ the reflection Γ(x)Γ(1−x) = π / sin(πx).
 *
 * Source: Lanczos C (1964) "A precision approximation of the gamma function", SIAM J. Numer. Anal.
 * B 1:86-96; coefficients for g = 7 as tabulated by Godfrey (2001), "A note on the computation of the
 * convergent Lanczos complex Gamma approximation". Relative error about 1e-15.
 *
 * @param x a positive real; returns NaN for x ≤ 0 (not needed by the statistics here).
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
