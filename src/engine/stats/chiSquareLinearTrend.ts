import { chiSquareQuantile } from './chiSquareQuantile';
import { chiSquareUpperTail } from './chiSquareUpperTail';

export type RecentTrend = 'Increasing' | 'Decreasing' | 'No significant change' | 'Cannot be calculated';

export interface RecentTrendResult {
  readonly trend: RecentTrend;
  /** The chi-square statistic for linear trend (1 degree of freedom), when it could be calculated. */
  readonly statistic?: number;
  readonly pValue?: number;
  /** Why the trend cannot be calculated, or why a large statistic was not called significant. */
  readonly reason?: string;
}

export interface RecentTrendOptions {
  /** Two-sided confidence level; Fingertips uses 0.998 (χ² > 9.5495). */
  readonly level?: number;
  /** How many of the latest points to use; Fingertips uses 5. */
  readonly points?: number;
}

/**
 * Fingertips "recent trend": chi-square test for linear trend in proportions over the latest five
 * points (oldest first), with Fingertips' check that no single point drives the trend.
 *
 * Formula, with scores tᵢ = 1…k, counts xᵢ, denominators nᵢ, X = Σxᵢ, N = Σnᵢ:
 *   χ² = N · (N·Σxᵢtᵢ − X·Σnᵢtᵢ)² / ( X·(N − X)·(N·Σnᵢtᵢ² − (Σnᵢtᵢ)²) )   (1 degree of freedom)
 * Significant when χ² > χ²⁻¹(level; 1) (9.5495 at 99.8%) and the slope of the logit of the proportions
 * on t has the same sign with all points and with each point left out in turn (Fingertips' outlier
 * check; proportions of exactly 0 or 1 use the proportion instead of its logit). Direction from the sign
 * of N·Σxᵢtᵢ − X·Σnᵢtᵢ.
 *
 * Source: Armitage P, Berry G, Matthews JNS (2002) Statistical Methods in Medical Research, 4th ed.,
 * "Trends in proportions" (the Cochran–Armitage test; also R's prop.trend.test); Public Health England
 * Fingertips, TrendMarkerCalculator.IsSignificantForProportions in the fingertips-open repository
 * (PointsToUse = 5, ChiSquareConfidence = 9.54953570608324, i.e. the 99.8% level, not 99.9%).
 * For counts of events in a population (crude rates) the same test applies while the counts are small
 * against the population, which is the case Fingertips applies it to.
 *
 * @param counts events per period, oldest first (≥ 0). @param populations denominators (> 0, ≥ count).
 * @param options level (default 0.998) and number of points (default 5).
 * @returns 'Cannot be calculated' (with a reason) when fewer points than needed are given, the arrays
 *   differ in length, a count is negative or above its denominator, a denominator is not positive, or
 *   the latest points hold no events (or nothing but events); otherwise the verdict with χ² and p-value.
 */
export function chiSquareLinearTrend(
  counts: readonly number[],
  populations: readonly number[],
  options: RecentTrendOptions = {},
): RecentTrendResult {
  const level = options.level ?? 0.998;
  const k = options.points ?? 5;
  if (counts.length !== populations.length) {
    return cannot('counts and populations have different lengths');
  }
  if (counts.length < k) return cannot(`needs ${k} points with counts and populations`);
  const x = counts.slice(-k);
  const n = populations.slice(-k);
  for (let i = 0; i < k; i++) {
    if (!(Number.isFinite(n[i]) && n[i] > 0)) return cannot('a population is zero, negative or missing');
    if (!(Number.isFinite(x[i]) && x[i] >= 0 && x[i] <= n[i])) {
      return cannot('a count is negative, missing or above its population');
    }
  }
  let sumX = 0, sumN = 0, sumXT = 0, sumNT = 0, sumNT2 = 0;
  for (let i = 0; i < k; i++) {
    const t = i + 1;
    sumX += x[i];
    sumN += n[i];
    sumXT += x[i] * t;
    sumNT += n[i] * t;
    sumNT2 += n[i] * t * t;
  }
  if (sumX === 0 || sumX === sumN) return cannot('no events (or only events) in the latest points');
  const slopeTerm = sumN * sumXT - sumX * sumNT;
  const statistic = (sumN * slopeTerm ** 2) / (sumX * (sumN - sumX) * (sumN * sumNT2 - sumNT ** 2));
  const pValue = chiSquareUpperTail(statistic, 1);
  if (!(statistic > chiSquareQuantile(level, 1))) return { trend: 'No significant change', statistic, pValue };
  if (!slopeKeepsSign(x, n)) {
    return { trend: 'No significant change', statistic, pValue, reason: 'one point alone drives the trend' };
  }
  return { trend: slopeTerm > 0 ? 'Increasing' : 'Decreasing', statistic, pValue };
}

function cannot(reason: string): RecentTrendResult {
  return { trend: 'Cannot be calculated', reason };
}

/** Least-squares slope of y on t = 1…k with all points and with each left out: do all signs agree? */
function slopeKeepsSign(x: readonly number[], n: readonly number[]): boolean {
  const p = x.map((xi, i) => xi / n[i]);
  const useLogit = p.every((pi) => pi > 0 && pi < 1);
  const y = useLogit ? p.map((pi) => Math.log(pi / (1 - pi))) : p;
  const all = slopeSign(y, -1);
  if (all === 0 || Number.isNaN(all)) return false;
  for (let omit = 0; omit < y.length; omit++) if (slopeSign(y, omit) !== all) return false;
  return true;
}

/** The sign of the least-squares slope of y on t = 1…k, leaving out point `omit` (−1 for none). */
function slopeSign(y: readonly number[], omit: number): number {
  let tSum = 0;
  let vSum = 0;
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    if (i === omit) continue;
    tSum += i + 1;
    vSum += y[i];
    count++;
  }
  const tMean = tSum / count;
  const vMean = vSum / count;
  let num = 0;
  let den = 0;
  for (let i = 0; i < y.length; i++) {
    if (i === omit) continue;
    num += (i + 1 - tMean) * (y[i] - vMean);
    den += (i + 1 - tMean) ** 2;
  }
  return Math.sign(num / den);
}
