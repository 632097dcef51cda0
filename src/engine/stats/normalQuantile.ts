/**
 * Standard normal quantile (inverse cumulative distribution function) Φ⁻¹(p).
 *
 * Formula: Wichura's rational approximations. With q = p − ½:
 * - |q| ≤ 0.425: Φ⁻¹(p) = q·A(r)/B(r), r = 0.180625 − q²;
 * - otherwise r = √(−ln min(p, 1−p)); r ≤ 5: C(r−1.6)/D(r−1.6), else E(r−5)/F(r−5), sign of q.
 * A…F are degree-7 polynomials whose coefficients are those published with the algorithm.
 *
 * Source: Wichura MJ (1988) "Algorithm AS 241: The percentage points of the normal distribution",
 * Applied Statistics 37(3):477-484, PPND16 (about 16 significant digits).
 *
 * @param p probability, 0 < p < 1.
 * @returns z with Φ(z) = p; −Infinity for p = 0, Infinity for p = 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    const num =
      (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
        45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
        133.14166789178437745) * r + 3.387132872796366608) * q;
    const den =
      ((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
        42.313330701600911252) * r + 1;
    return num / den;
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((7.7454501427834140764e-4 * r + 2.27238449892691845833e-2) * r + 2.4178072517745061177e-1) * r +
        1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
        4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 1.51986665636164571966e-2) * r +
        1.4810397642748007459e-1) * r + 6.8976733498510000455e-1) * r + 1.6763848301838038494) * r +
        2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    x =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.2426609473880784386e-3) * r +
        2.6532189526576123093e-2) * r + 2.9656057182850489123e-1) * r + 1.7848265399172913358) * r +
        5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) * r + 1.48753612908506148525e-2) * r + 1.3692988092273580531e-1) * r +
        5.9983220655588793769e-1) * r + 1);
  }
  return q < 0 ? -x : x;
}

/** Two-sided critical value z = Φ⁻¹(1 − (1 − level)/2), e.g. 1.959964 for 0.95 and 3.090232 for 0.998. */
export function twoSidedZ(level: number): number {
  // Every interval of a sheet uses the same level: remember the last one.
  if (level !== lastLevel) {
    lastZ = normalQuantile(1 - (1 - level) / 2);
    lastLevel = level;
  }
  return lastZ;
}

let lastLevel = NaN;
let lastZ = NaN;
