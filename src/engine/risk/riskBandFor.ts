import type { RiskBand } from './RiskSettings';

// Products of means carry float residue (3 × 36.000000000000004); a score this close to a bound sits on it.
const ON_BOUND = 1e-9;

/**
 * The band a risk score falls in: the first whose inclusive upper bound is at or above the score, so
 * with bounds 108 and 216, 108 is LOW, 108.01 MEDIUM, 216 MEDIUM and 216.01 HIGH. Bands must be
 * ascending with an open-ended last band; a score above every bound gets the last band.
 */
export function riskBandFor(score: number, bands: ReadonlyArray<RiskBand>): RiskBand {
  for (const band of bands) {
    if (band.upTo === undefined || score <= band.upTo + ON_BOUND * Math.max(1, Math.abs(band.upTo))) return band;
  }
  return bands[bands.length - 1];
}

/** "above 108, up to and including 216", for the Reason. */
export function describeBand(band: RiskBand, bands: ReadonlyArray<RiskBand>): string {
  const index = bands.indexOf(band);
  const below = index > 0 ? bands[index - 1].upTo : undefined;
  if (below === undefined && band.upTo !== undefined) return `up to and including ${band.upTo}`;
  if (band.upTo === undefined) return below === undefined ? 'any score' : `above ${below}`;
  return `above ${below}, up to and including ${band.upTo}`;
}
