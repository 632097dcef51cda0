import type { ColumnSpec, LocatedColumn } from '../sheets/locateTable';

/** Input columns of the Districts sheet (contract §2, long layout). */
export const DISTRICT_INPUT_COLUMNS = [
  { key: 'district', canonical: 'District', synonyms: ['District name', 'Locality', 'CSP'] },
  { key: 'indicator', canonical: 'Indicator', synonyms: ['Supporting Indicator', 'Supporting Indicators'] },
  { key: 'period', canonical: 'Period' },
  { key: 'count', canonical: 'Count', synonyms: ['Numerator', 'Events'] },
  { key: 'population', canonical: 'Population', synonyms: ['Denominator', 'Base'] },
  { key: 'value', canonical: 'Value', synonyms: ['Figure'] },
] as const satisfies ReadonlyArray<ColumnSpec>;

/** Output columns, in the order they are added to the right of the table when missing. */
export const DISTRICT_OUTPUT_COLUMNS = [
  { key: 'rate', canonical: 'Rate' },
  { key: 'lowerCi', canonical: 'Lower CI', synonyms: ['Lower confidence limit', 'Lower limit'] },
  { key: 'upperCi', canonical: 'Upper CI', synonyms: ['Upper confidence limit', 'Upper limit'] },
  { key: 'countyRate', canonical: 'County rate', synonyms: ['County'] },
  { key: 'comparedWithCounty', canonical: 'Compared with county', synonyms: ['Comparison with county', 'Compared to county'] },
  { key: 'rank', canonical: 'Rank' },
  { key: 'reason', canonical: 'Reason' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type DistrictOutputKey = (typeof DISTRICT_OUTPUT_COLUMNS)[number]['key'];

export const DISTRICT_COLUMNS: ReadonlyArray<ColumnSpec> = [...DISTRICT_INPUT_COLUMNS, ...DISTRICT_OUTPUT_COLUMNS];

/** District, Indicator and a figure (Count with Population, or Value). */
export function isDistrictHeader(found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): boolean {
  return found.has('district') && found.has('indicator') && (found.has('value') || (found.has('count') && found.has('population')));
}

export const DISTRICT_REQUIRED_HEADERS = '"District", "Indicator" and a figure: "Count" with "Population", or "Value"';
