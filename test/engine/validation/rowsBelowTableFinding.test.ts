import { calculateWorkbook, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER: CellValue[] = ['Outcome', 'Indicator', 'Polarity', 'Previous Year (2015-16)', 'Current Year (2016-17)'];
const CRIME: CellValue[] = ['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61];
const OFFENDING: CellValue[][] = [
  ['Reduce offending and re-offending', '% Reduction in offending by IOM & PPO Offenders', 'High is good', '41%', '42.8%'],
  [null, 'Rate of re-offending by young offenders (local data)', 'Low is good', 0.82, '0.28 (Q3 tracking)'],
];

describe('indicator rows below the end of the table (V035)', () => {
  test('a spacer row between outcomes: one warning on the first row cut off, counting the others', () => {
    const result = calculateWorkbook([gridOf('Indicators', [HEADER, CRIME, [], ...OFFENDING])]);
    expect(result.indicators.map((i) => i.indicator)).toEqual(['Total Crime rate (per 1,000 population)']);
    const cutOff = result.findings.filter((f) => f.code === 'V035');
    expect(cutOff.map((f) => [f.cell, f.severity])).toEqual([['B4', 'warning']]);
    expect(cutOff[0].message).toBe('This row and 1 more below it look like indicator rows, but the table ends above at a blank row (row 3), so they were not read or calculated.');
  });

  test('below a footnote row too, and a single row is "This row"', () => {
    const result = calculateWorkbook([gridOf('Indicators', [HEADER, CRIME, ['* Estimated figure.'], OFFENDING[0]])]);
    expect(result.findings.filter((f) => f.code === 'V035').map((f) => f.message)).toEqual([
      'This row looks like an indicator row, but the table ends above at a footnote row (row 3), so it was not read or calculated.',
    ]);
  });

  test('footnotes, notes without figures and an empty tail give no warning', () => {
    const result = calculateWorkbook([gridOf('Indicators', [HEADER, CRIME, [], ['* Estimated figure.'], [null, 'Prepared by the county performance team'], ['Note: rates per 1,000 population.']])]);
    expect(result.findings.filter((f) => f.code === 'V035')).toEqual([]);
  });
});
