import type { Measure } from '../indicators/Measure';
import type { Polarity } from '../indicators/Polarity';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { memoise } from '../memo/memoise';

/**
 * What the Indicators sheet (or a `Polarity: <indicator>` setting) says about an indicator, for the
 * Districts, Peers and Trends sheets, which name indicators but carry no polarity of their own.
 */
export interface IndicatorProfile {
  readonly indicator: string;
  readonly polarity: Polarity;
  readonly measure?: Measure;
}

/** Profiles keyed by the normalised indicator name (normaliseHeaderText). */
export type IndicatorProfiles = ReadonlyMap<string, IndicatorProfile>;

export function indicatorProfiles(profiles: ReadonlyArray<IndicatorProfile>): IndicatorProfiles {
  const map = new Map<string, IndicatorProfile>();
  for (const profile of profiles) {
    const key = normaliseHeaderText(profile.indicator);
    if (!map.has(key)) map.set(key, profile);
  }
  return map;
}

/** The profile for an indicator named on another sheet (case, spacing and trailing marks ignored). */
export function profileFor(profiles: IndicatorProfiles, indicator: string): IndicatorProfile | undefined {
  return profiles.get(normaliseHeaderText(indicator));
}

/**
 * For sheets that name an indicator on every row (Districts, Peers, Trends): what `describe` makes of
 * each distinct indicator text, from its normalised key and profile, worked out once per text.
 */
export function indicatorsByText<T>(
  profiles: IndicatorProfiles,
  describe: (key: string, profile: IndicatorProfile | undefined) => T,
): (indicator: string) => T {
  return memoise((indicator: string) => {
    const key = normaliseHeaderText(indicator);
    return describe(key, profiles.get(key));
  });
}
