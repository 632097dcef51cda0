import { rangeToText } from '../indicators/parseRangeText';
import type { Settings } from './Settings';
import { INDICATOR_SETTING_PREFIXES, SETTING_DEFINITIONS } from './settingDefinitions';

/** One row of a Settings sheet: the setting's name, its value as text, and a one-line description. */
export type SettingRow = readonly [name: string, value: string, description: string];

/**
 * The rows a new Settings sheet gets (the task pane's "create Settings sheet"): every global setting
 * with its value as text, then any per-indicator entries. Reading these rows back gives `settings`.
 */
export function settingsAsRows(settings: Settings): SettingRow[] {
  const rows: SettingRow[] = SETTING_DEFINITIONS.map((d) => [d.name, d.format(settings[d.key] as never), d.description]);
  for (const entry of Object.values(settings.indicators)) {
    if (entry.polarity) rows.push([`Polarity: ${entry.name}`, entry.polarity, INDICATOR_SETTING_PREFIXES.polarity.description]);
    if (entry.measure) rows.push([`Measure: ${entry.name}`, entry.measure, INDICATOR_SETTING_PREFIXES.measure.description]);
    if (entry.range) rows.push([`Range: ${entry.name}`, rangeToText(entry.range), INDICATOR_SETTING_PREFIXES.range.description]);
    if (entry.target !== undefined) rows.push([`Target: ${entry.name}`, String(entry.target), INDICATOR_SETTING_PREFIXES.target.description]);
  }
  return rows;
}
