import type { ColumnSpec, LocatedColumn } from '../sheets/locateTable';

/** Input columns of the Trends sheet (contract §4): one row per indicator and period, oldest first. */
export const TREND_INPUT_COLUMNS = [
  { key: 'indicator', canonical: 'Indicator', synonyms: ['Supporting Indicator', 'Supporting Indicators'] },
  { key: 'period', canonical: 'Period', synonyms: ['Quarter', 'Year', 'Month'] },
  { key: 'count', canonical: 'Count', synonyms: ['Numerator', 'Events'] },
  { key: 'population', canonical: 'Population', synonyms: ['Denominator', 'Base'] },
  { key: 'value', canonical: 'Value', synonyms: ['Figure'] },
  // Never inputs here: a District column makes a Districts sheet, an Area column a Peers sheet.
  { key: 'district', canonical: 'District' },
  { key: 'area', canonical: 'Area' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export const TREND_OUTPUT_COLUMNS = [
  { key: 'trend', canonical: 'Trend', synonyms: ['Trajectory'] },
  { key: 'signal', canonical: 'Signal', synonyms: ['SPC', 'Variation'] },
  { key: 'recentTrend', canonical: 'Recent trend' },
  { key: 'reason', canonical: 'Reason' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type TrendOutputKey = (typeof TREND_OUTPUT_COLUMNS)[number]['key'];

export const TREND_COLUMNS: ReadonlyArray<ColumnSpec> = [...TREND_INPUT_COLUMNS, ...TREND_OUTPUT_COLUMNS];

export function isTrendHeader(found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): boolean {
  if (found.has('district') || found.has('area')) return false;
  return found.has('indicator') && found.has('period') && (found.has('value') || (found.has('count') && found.has('population')));
}

export const TREND_REQUIRED_HEADERS = '"Indicator", "Period" and a figure: "Value", or "Count" with "Population"';
