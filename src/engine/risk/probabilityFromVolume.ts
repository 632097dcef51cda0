import type { ProbabilityBand } from './RiskSettings';

export interface AppliedProbabilityBand {
  readonly score: number;
  readonly minVolume: number;
  /** The next band's threshold (exclusive); undefined for the top band. */
  readonly belowVolume?: number;
}

// One applied band per settings band, built once per bands list rather than once a row.
const APPLIED = new WeakMap<ReadonlyArray<ProbabilityBand>, ReadonlyArray<AppliedProbabilityBand>>();

function appliedBandsOf(bands: ReadonlyArray<ProbabilityBand>): ReadonlyArray<AppliedProbabilityBand> {
  let applied = APPLIED.get(bands);
  if (applied === undefined) {
    applied = bands.map((band, i) => {
      const next = bands[i + 1];
      return Object.freeze(next === undefined ? { score: band.score, minVolume: band.minVolume } : { score: band.score, minVolume: band.minVolume, belowVolume: next.minVolume });
    });
    APPLIED.set(bands, applied);
  }
  return applied;
}

/**
 * The probability score for an annual volume: the band with the highest threshold at or below the
 * volume. Bands must be ascending by threshold. Undefined when the volume is below every threshold.
 */
export function probabilityFromVolume(
  volume: number,
  bands: ReadonlyArray<ProbabilityBand>,
): AppliedProbabilityBand | undefined {
  let found = -1;
  for (let i = 0; i < bands.length; i++) if (volume >= bands[i].minVolume) found = i;
  return found < 0 ? undefined : appliedBandsOf(bands)[found];
}
