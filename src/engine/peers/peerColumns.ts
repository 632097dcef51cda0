import type { ColumnSpec, LocatedColumn } from '../sheets/locateTable';

/** Input columns of the Peers sheet (contract §3): one row per area of the most similar group. */
export const PEER_INPUT_COLUMNS = [
  { key: 'area', canonical: 'Area', synonyms: ['Peer', 'Comparator', 'Force', 'Authority'] },
  { key: 'indicator', canonical: 'Indicator', synonyms: ['Supporting Indicator', 'Supporting Indicators'] },
  { key: 'period', canonical: 'Period' },
  { key: 'count', canonical: 'Count', synonyms: ['Numerator', 'Events'] },
  { key: 'population', canonical: 'Population', synonyms: ['Denominator', 'Base'] },
  { key: 'value', canonical: 'Value', synonyms: ['Figure'] },
  // Never an input: a sheet with a District column is a Districts sheet.
  { key: 'district', canonical: 'District' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export const PEER_OUTPUT_COLUMNS = [
  { key: 'rank', canonical: 'Rank' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type PeerOutputKey = (typeof PEER_OUTPUT_COLUMNS)[number]['key'];

export const PEER_COLUMNS: ReadonlyArray<ColumnSpec> = [...PEER_INPUT_COLUMNS, ...PEER_OUTPUT_COLUMNS];

export function isPeerHeader(found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): boolean {
  return found.has('area') && found.has('indicator') && !found.has('district') && (found.has('value') || (found.has('count') && found.has('population')));
}

export const PEER_REQUIRED_HEADERS = '"Area", "Indicator" and a figure: "Value", or "Count" with "Population"';
