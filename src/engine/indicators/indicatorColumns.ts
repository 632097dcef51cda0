import type { ColumnSpec, LocatedColumn } from '../sheets/locateTable';

/** Input columns of the Indicators sheet (contract §1). A `(label)` after a header is its period. */
export const INDICATOR_INPUT_COLUMNS = [
  { key: 'outcome', canonical: 'Outcome', synonyms: ['Outcomes'] },
  { key: 'indicator', canonical: 'Indicator', synonyms: ['Supporting Indicators', 'Supporting Indicator', 'Indicators'] },
  { key: 'measure', canonical: 'Measure', synonyms: ['Unit'] },
  { key: 'polarity', canonical: 'Polarity' },
  { key: 'previousPeriod', canonical: 'Previous period' },
  { key: 'currentPeriod', canonical: 'Current period' },
  { key: 'previousValue', canonical: 'Previous value', synonyms: ['Previous Year', 'Previous figure', 'Previous'] },
  { key: 'currentValue', canonical: 'Current value', synonyms: ['Current Year', 'Current figure', 'Current'] },
  { key: 'previousCount', canonical: 'Previous count', synonyms: ['Previous numerator'] },
  { key: 'currentCount', canonical: 'Current count', synonyms: ['Current numerator'] },
  { key: 'previousDenominator', canonical: 'Previous denominator', synonyms: ['Previous population', 'Previous base'] },
  { key: 'currentDenominator', canonical: 'Current denominator', synonyms: ['Current population', 'Current base'] },
  { key: 'target', canonical: 'Target' },
  { key: 'rangeLow', canonical: 'Range low' },
  { key: 'rangeHigh', canonical: 'Range high' },
  { key: 'tolerance', canonical: 'Tolerance' },
] as const satisfies ReadonlyArray<ColumnSpec>;

/**
 * Output columns, in the order they are added to the right of the table when missing. An existing
 * column with one of these headers is filled in place and never read as input.
 */
export const INDICATOR_OUTPUT_COLUMNS = [
  { key: 'previousRate', canonical: 'Previous rate' },
  { key: 'currentRate', canonical: 'Current rate' },
  { key: 'changePercent', canonical: 'Change %', synonyms: ['Change', '% Change', 'Change (%)', 'Percentage change'] },
  { key: 'direction', canonical: 'Direction of travel', synonyms: ['Current Direction of Travel', 'Direction'] },
  { key: 'progressRag', canonical: 'Progress RAG', synonyms: ['Progress'] },
  { key: 'overallRag', canonical: 'Overall Progress RAG', synonyms: ['Overall RAG', 'Overall Progress'] },
  { key: 'nearestNeighbour', canonical: 'Nearest Neighbour Comparison', synonyms: ['Nearest Neighbor Comparison', 'Nearest Neighbour'] },
  { key: 'countyComparison', canonical: 'County Comparison' },
  { key: 'districtComparison', canonical: 'District Comparison' },
  { key: 'reason', canonical: 'Reason' },
] as const satisfies ReadonlyArray<ColumnSpec>;

export type IndicatorInputKey = (typeof INDICATOR_INPUT_COLUMNS)[number]['key'];
export type IndicatorOutputKey = (typeof INDICATOR_OUTPUT_COLUMNS)[number]['key'];

export const INDICATOR_COLUMNS: ReadonlyArray<ColumnSpec> = [...INDICATOR_INPUT_COLUMNS, ...INDICATOR_OUTPUT_COLUMNS];

/** What the Indicators kind needs to recognise a header row, in words, for the missing-header finding. */
export const INDICATOR_REQUIRED_HEADERS =
  '"Indicator" (or "Supporting Indicators") and a current figure: "Current value" (or "Current Year (…)"), or "Current count" with "Current denominator"';

export function isIndicatorHeader(found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>): boolean {
  return found.has('indicator') && (found.has('currentValue') || (found.has('currentCount') && found.has('currentDenominator')));
}
