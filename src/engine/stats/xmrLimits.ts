/** Below this many points the limits are provisional (NHSRplotthedots short-series warning threshold). */
export const XMR_RELIABLE_POINTS = 12;

/** Process limits and sigma lines of an XmR (individuals) chart. */
export interface XmrLimits {
  readonly mean: number;
  /** MR̄, the mean of |xᵢ − xᵢ₋₁|. */
  readonly meanMovingRange: number;
  /** σ̂ = MR̄ / 1.128. */
  readonly sigma: number;
  readonly upperProcessLimit: number;
  readonly lowerProcessLimit: number;
  readonly upperTwoSigma: number;
  readonly lowerTwoSigma: number;
  readonly upperOneSigma: number;
  readonly lowerOneSigma: number;
  readonly pointCount: number;
  /** False below XMR_RELIABLE_POINTS points: the limits are still given, but say they are provisional. */
  readonly reliable: boolean;
}

/**
 * Limits of an XmR chart for a series of values (oldest first).
 *
 * Formula: x̄ = Σxᵢ/n; MRᵢ = |xᵢ − xᵢ₋₁| (i = 2…n); MR̄ = ΣMRᵢ/(n − 1);
 *   process limits = x̄ ± 2.66 · MR̄;  σ̂ = MR̄ / d₂ with d₂ = 1.128;  sigma lines = x̄ ± σ̂, x̄ ± 2σ̂.
 * (2.66 = 3/1.128, so the process limits are the 3σ̂ lines.) No moving-range screening and no
 * baseline freezing: every point counts, as in the default NHS tool.
 *
 * Source: NHS England / NHS Improvement "Making Data Count: Strengthening your decisions" (2019) and
 * its "Statistical process control tool" (XmR chart, mean ± 2.66 × mean moving range); d₂ = 1.128 for
 * subgroups of 2 from Montgomery DC, Introduction to Statistical Quality Control, appendix table of
 * factors for constructing variables control charts. The 12-point reliability threshold is the
 * short-series warning of NHSRplotthedots (NHS-R community), which follows Making Data Count.
 *
 * @param values the series, oldest first, any units.
 * @returns the limits, or undefined when there are fewer than 2 values (no moving range) or any value
 *   is not a finite number. With 2 to 11 values the limits are returned with reliable = false.
 */
export function xmrLimits(values: readonly number[]): XmrLimits | undefined {
  const n = values.length;
  if (n < 2 || !values.every(Number.isFinite)) return undefined;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  let rangeSum = 0;
  for (let i = 1; i < n; i++) rangeSum += Math.abs(values[i] - values[i - 1]);
  const meanMovingRange = rangeSum / (n - 1);
  const sigma = meanMovingRange / 1.128;
  return {
    mean,
    meanMovingRange,
    sigma,
    upperProcessLimit: mean + 2.66 * meanMovingRange,
    lowerProcessLimit: mean - 2.66 * meanMovingRange,
    upperTwoSigma: mean + 2 * sigma,
    lowerTwoSigma: mean - 2 * sigma,
    upperOneSigma: mean + sigma,
    lowerOneSigma: mean - sigma,
    pointCount: n,
    reliable: n >= XMR_RELIABLE_POINTS,
  };
}
