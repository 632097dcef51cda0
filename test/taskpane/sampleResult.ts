import type { CalculationResult, Finding, IndicatorResult } from '../../src/engine';

/** Rows from the 2016/17 Q4 dashboard (seed 002, Appendix 1), as the engine reports them. */
const totalCrime: IndicatorResult = {
  sheet: 'Indicators',
  row: 3,
  outcome: 'Ongoing reductions in crime',
  indicator: 'Total Crime rate (per 1,000 population)',
  measure: 'Rate per 1,000',
  polarity: 'Low is good',
  previous: { display: '47.21', value: 47.21, period: '2015-16' },
  current: { display: '51.61', value: 51.61, period: '2016-17' },
  changePercent: 51.61 / 47.21 - 1,
  direction: '↓',
  rag: 'A',
  overallRag: 'A',
  reason: 'Rose 9.3% (47.21 → 51.61); low is good, so deteriorating beyond the 5% stable band but within the 15% red threshold.',
  notLikeForLike: false,
  footnotes: [],
};

const firstTimeEntrants: IndicatorResult = {
  ...totalCrime,
  row: 9,
  outcome: 'Reduce offending and re-offending',
  indicator: 'Number of first time entrants to the criminal justice system aged 10 - 17',
  measure: 'Count',
  previous: { display: '124', value: 124 },
  current: { display: '83 (April -Dec2016)', value: 83, period: 'April -Dec2016' },
  changePercent: undefined,
  direction: undefined,
  rag: undefined,
  overallRag: 'G',
  reason: 'Not compared: the current figure covers April-December 2016 (9 months), the previous one a full year.',
  notLikeForLike: true,
};

export const findings: ReadonlyArray<Finding> = [
  { code: 'W010', severity: 'warning', sheet: 'Indicators', cell: 'F10', message: 'Current value covers 9 months, previous 12.', fix: 'Enter the full-year figure or compare like with like.' },
  { code: 'E001', severity: 'error', sheet: 'Risk Matrix', cell: 'C4', message: 'Probability "high" is not a number.', fix: 'Type a score from 1 to 9.' },
  { code: 'W020', severity: 'warning', sheet: 'Indicators', cell: 'E12', message: 'Figure 2003* is marked as an estimate.', fix: 'Check the footnote.' },
  { code: 'E002', severity: 'error', sheet: 'Indicators', cell: 'B4', message: 'Indicator name repeated.', fix: 'Give each indicator one row.' },
];

export const sampleResult: CalculationResult = {
  sheets: [],
  indicators: [totalCrime, firstTimeEntrants],
  outcomes: [],
  findings,
  plan: { columns: [], ownedSheets: [] },
  summary: { indicators: 12, outcomes: 5, errors: 2, warnings: 2 },
};
