import { calculateWorkbook, type SheetGrid } from '../../../src/engine';

const CRIME = 'Crime rate (per 1,000 population)';
const indicators: SheetGrid = { name: 'Indicators', values: [['Indicator', 'Polarity', 'Measure', 'Current value'], [CRIME, 'Low is good', 'Rate per 1,000', 20]] };

describe('D006: figures on a Districts, Peers or Trends row without the name that places them', () => {
  const result = calculateWorkbook([
    indicators,
    { name: 'Districts', values: [['District', 'Indicator', 'Period', 'Count', 'Population'], ['Alpha', CRIME, '2016-17', 100, 10000], [null, CRIME, '2016-17', 300, 10000], ['Gamma', null, '2016-17', 200, 10000]] },
    { name: 'Peers', values: [['Area', 'Indicator', 'Value'], ['Leicestershire', CRIME, 50], [null, CRIME, 40]] },
    { name: 'Trends', values: [['Indicator', 'Period', 'Value'], [CRIME, '2015/16', 20], [null, '2016/17', 21]] },
  ]);
  const missing = result.findings.filter((f) => f.code === 'D006');

  it('is an error on the empty name cell of each such row, naming what is missing', () => {
    expect(missing.map((f) => [f.sheet, f.cell, f.severity])).toEqual([
      ['Districts', 'A3', 'error'], ['Districts', 'B4', 'error'], ['Peers', 'A3', 'error'], ['Trends', 'A3', 'error'],
    ]);
    expect(missing.map((f) => f.message)).toEqual([
      'This row of the Districts sheet has figures but no district name, so it is not used.',
      'This row of the Districts sheet has figures but no indicator name, so it is not used.',
      'This row of the Peers sheet has figures but no area name, so it is not used.',
      'This row of the Trends sheet has figures but no indicator name, so it is not used.',
    ]);
  });

  it('leaves those rows out: only Alpha is calculated, and the Trends series has one point', () => {
    expect(result.districts!.map((g) => g.districts.filter((d) => !d.notCalculated).map((d) => d.district))).toEqual([['Alpha']]);
    expect(result.trends!.map((t) => t.points.length)).toEqual([1]);
  });
});
