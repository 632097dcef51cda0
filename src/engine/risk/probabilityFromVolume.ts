import type { ProbabilityBand } from './RiskSettings';

export interface AppliedProbabilityBand {
  readonly score: number;
  readonly minVolume: number;
  /** The next band's threshold (exclusive); undefined for the top band. */
  readonly belowVolume?: number;
}

/**
 * The probability score for an annual volume: the band with the highest threshold at or below the
 * volume. Bands must be ascending by threshold. Undefined when the volume is below every threshold.
 */
export function probabilityFromVolume(
  volume: number,
  bands: ReadonlyArray<ProbabilityBand>,
): AppliedProbabilityBand | undefined {
  let found: AppliedProbabilityBand | undefined;
  bands.forEach((band, i) => {
    if (volume >= band.minVolume) {
      const next = bands[i + 1];
      found = next === undefined ? { score: band.score, minVolume: band.minVolume } : { score: band.score, minVolume: band.minVolume, belowVolume: next.minVolume };
    }
  });
  return found;
}
