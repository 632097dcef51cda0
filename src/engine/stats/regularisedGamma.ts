import { logGamma } from './logGamma';

const EPSILON = 1e-15;
const MAX_ITERATIONS = 100000;
const TINY = 1e-300;

/**
 * Regularised lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ t^(a−1) e^−t dt,
 * the cumulative distribution function of a Gamma(a, 1) variable (so chi-square(k) at x is P(k/2, x/2)).
 *
 * Formula: for x < a + 1 the series P = e^−x x^a / Γ(a) · Σₙ xⁿ / (a(a+1)…(a+n)); otherwise
 * P = 1 − Q with Q from the continued fraction Q = e^−x x^a / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− …)),
 * evaluated by the modified Lentz method.
 *
 * Source: Press WH et al. (2007) Numerical Recipes, 3rd ed., §6.2 "Incomplete gamma function"
 * (equations 6.2.5 and 6.2.7).
 *
 * @param a shape, a > 0; @param x x ≥ 0. Returns 0 at x = 0, NaN for invalid input.
 */
export function regularisedGammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Upper tail Q(a, x) = 1 − P(a, x), computed directly so small tails keep their precision. */
export function regularisedGammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function prefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 0; n < MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * prefactor(a, x);
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return prefactor(a, x) * h;
}
