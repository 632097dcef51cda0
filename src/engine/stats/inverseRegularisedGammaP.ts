import { logGamma } from './logGamma';
import { normalQuantile } from './normalQuantile';
import { regularisedGammaP } from './regularisedGamma';

/**
 * Inverse of the regularised lower incomplete gamma function: the x ≥ 0 with P(a, x) = p.
 *
 * Method: a Wilson–Hilferty starting value x₀ = a(1 − 1/(9a) + z_p/(3√a))³ (Numerical Recipes' small-a
 * guess when a ≤ 1), then Halley steps x ← x − u/(1 − ½u((a−1)/x − 1)), u = (P(a,x) − p)/f(x), with
 * f(x) = x^(a−1)e^−x/Γ(a) the gamma density, kept inside a bisection bracket so it always converges.
 *
 * Source: Press WH et al. (2007) Numerical Recipes, 3rd ed., §6.2.1 "Inverse incomplete gamma function";
 * Wilson EB, Hilferty MM (1931) PNAS 17:684-688 for the starting value.
 *
 * @param a shape, a > 0; @param p probability in [0, 1].
 * @returns x (relative precision about 1e-12); 0 for p = 0, Infinity for p = 1, NaN for invalid input.
 */
export function inverseRegularisedGammaP(a: number, p: number): number {
  if (!(a > 0) || Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;

  const lnGammaA = logGamma(a);
  let x = startingValue(a, p);
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 200; i++) {
    const err = regularisedGammaP(a, x) - p;
    if (err === 0) return x;
    if (err < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) - x - lnGammaA);
    let next = x;
    if (density > 0 && Number.isFinite(density)) {
      const u = err / density;
      next = x - u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - 1)));
    }
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = Number.isFinite(hi) ? (lo + hi) / 2 : x * 2;
    }
    if (Math.abs(next - x) <= 1e-14 * Math.max(x, 1e-300)) return next;
    x = next;
  }
  return x;
}

function startingValue(a: number, p: number): number {
  if (a > 1) {
    const z = normalQuantile(p);
    const guess = a * Math.pow(1 - 1 / (9 * a) + z / (3 * Math.sqrt(a)), 3);
    return guess > 0 ? guess : 1e-3 * a;
  }
  const t = 1 - a * (0.253 + a * 0.12);
  return p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
}
