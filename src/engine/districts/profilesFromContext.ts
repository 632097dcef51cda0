import { MEASURES, Measure } from '../indicators/Measure';
import { parsePolarity } from '../indicators/Polarity';
import type { SheetContext } from '../sheets/SheetKind';
import { IndicatorProfile, IndicatorProfiles, indicatorProfiles } from './IndicatorProfile';

const asMeasure = (text: string): Measure | undefined => (MEASURES as ReadonlyArray<string>).includes(text) ? (text as Measure) : undefined;

/**
 * Polarity and measure by indicator name for the Districts, Peers and Trends sheets: the Indicators
 * sheet's rows first (an indicator there without a polarity is No judgement), then `Polarity: …` and
 * `Measure: …` settings for indicators that appear only on those sheets.
 */
export function profilesFromContext(context: SheetContext): IndicatorProfiles {
  const profiles: IndicatorProfile[] = context.indicators.map((i) => {
    const measure = asMeasure(i.measure);
    return { indicator: i.indicator, polarity: parsePolarity(i.polarity) ?? 'No judgement', ...(measure ? { measure } : {}) };
  });
  for (const entry of Object.values(context.settings.indicators)) {
    if (entry.polarity === undefined && entry.measure === undefined) continue;
    profiles.push({ indicator: entry.name, polarity: entry.polarity ?? 'No judgement', ...(entry.measure ? { measure: entry.measure } : {}) });
  }
  return indicatorProfiles(profiles);
}
