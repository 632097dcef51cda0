import { logGamma } from './logGamma';
import { normalQuantile } from './normalQuantile';

const EPSILON = 1e-15;
const TINY = 1e-300;

/**
 * Regularised incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b), the cumulative distribution
 * function of a Beta(a, b) variable.
 *
 * Formula: I_x(a,b) = x^a (1−x)^b / (a B(a,b)) · 1/(1+ d₁/(1+ d₂/(1+ …))), with
 * d₂ₘ₊₁ = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)), d₂ₘ = m(b−m)x / ((a+2m−1)(a+2m)), evaluated by the modified
 * Lentz method when x < (a+1)/(a+b+2), and through I_x(a,b) = 1 − I_(1−x)(b,a) otherwise.
 *
 * Source: Press WH et al. (2007) Numerical Recipes, 3rd ed., §6.4 "Incomplete beta function"
 * (equations 6.4.5-6.4.6).
 *
 * @param x in [0, 1]; @param a > 0; @param b > 0. Returns NaN for invalid input.
 */
export function regularisedBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x) || x < 0 || x > 1) return NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * Inverse of the regularised incomplete beta function: the x in [0, 1] with I_x(a, b) = p, the Beta(a, b)
 * quantile.
 *
 * Method: Newton steps x ← x − (I_x(a,b) − p)/f(x), with f(x) = x^(a−1)(1−x)^(b−1)/B(a,b) the beta
 * density, started from the normal approximation x₀ = μ + z_p·σ (μ = a/(a+b), σ² = ab/((a+b)²(a+b+1)))
 * and kept inside a bisection bracket, so it always converges (relative precision about 1e-13).
 * Source for I_x and the Newton step: Press WH et al. (2007) Numerical Recipes, 3rd ed., §6.14.10
 * (inverse of the incomplete beta function).
 *
 * @param p probability in [0, 1]; @param a > 0; @param b > 0. Returns NaN for invalid input.
 */
export function inverseRegularisedBeta(p: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  const mean = a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  let x = Math.min(Math.max(mean + normalQuantile(p) * sd, 1e-6), 1 - 1e-6);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 300; i++) {
    const err = regularisedBeta(x, a, b) - p;
    if (err === 0) return x;
    if (err < 0) lo = x;
    else hi = x;
    const density = Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
    let next = density > 0 && Number.isFinite(density) ? x - err / density : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-14 * x || hi - lo <= 1e-300) return next;
    x = next;
  }
  return x;
}
