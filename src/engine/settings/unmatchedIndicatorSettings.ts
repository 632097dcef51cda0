import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import type { SettingsReading } from './readSettings';

/**
 * A finding on the Setting cell of each per-indicator row (`Polarity: <indicator>` and so on) whose
 * indicator is named on no sheet, once every sheet has been calculated. `named` holds what each sheet
 * calculated (Indicators, Districts, Peers, Trends); names are compared like headers (normaliseHeaderText).
 */
export function unmatchedIndicatorSettings(reading: SettingsReading, named: ReadonlyArray<ReadonlyArray<{ readonly indicator: string }>>): Finding[] {
  if (reading.indicatorEntries.length === 0) return [];
  const known = new Set<string>();
  for (const results of named) for (const result of results) known.add(normaliseHeaderText(result.indicator));
  return reading.indicatorEntries
    .filter((entry) => !known.has(normaliseHeaderText(entry.indicator)))
    .map((entry) => makeFinding('settingForNoIndicator', entry.at, { raw: entry.setting, indicator: entry.indicator }));
}
