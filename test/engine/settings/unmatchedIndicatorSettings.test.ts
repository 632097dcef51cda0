import { calculateWorkbook, type Finding } from '../../../src/engine';
import { gridOf } from '../gridOf';

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;
const indicators = () => gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], ['Burglary', 10, 9]]);
const settings = (...rows: [string, string][]) => gridOf('Settings', [['Setting', 'Value'], ...rows]);

describe('calculateWorkbook: a per-indicator setting for no indicator', () => {
  it('warns on the Setting cell when the name matches no indicator', () => {
    const result = calculateWorkbook([indicators(), settings(['Polarity: Burglery', 'Low is good'])]);
    expect(result.findings.map(key).sort()).toEqual(['V010 Indicators!A2', 'V031 Settings!A2']);
    expect(result.findings.find((f) => f.code === 'V031')).toMatchObject({
      severity: 'warning',
      raw: 'Polarity: Burglery',
      message: 'The setting "Polarity: Burglery" names the indicator "Burglery", which is on no sheet, so it is ignored.',
    });
  });

  it('matches names like headers (case, spacing), on every row of the indicator', () => {
    const result = calculateWorkbook([indicators(), settings(['Polarity:  BURGLARY ', 'Low is good'], ['Target: burglary', '8'], ['Measure: Robbery', 'Count'])]);
    expect(result.findings.map(key)).toEqual(['V031 Settings!A4']);
  });

  it('matches an indicator whose name ends in a footnote mark (*, †, ‡)', () => {
    const marked = gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], ['Burglary‡', 10, 9]]);
    expect(calculateWorkbook([marked, settings(['Polarity: Burglary', 'Low is good'])]).findings.map(key)).toEqual([]);
  });

  it('counts indicators named only on another sheet (Districts)', () => {
    const districts = gridOf('Districts', [['District', 'Indicator', 'Period', 'Count', 'Population'], ['Blaby', 'Vehicle crime rate', '2016-17', 640, 100400], ['Melton', 'Vehicle crime rate', '2016-17', 150, 51100]]);
    const result = calculateWorkbook([indicators(), districts, settings(['Polarity: Burglary', 'Low is good'], ['Polarity: Vehicle crime rate', 'Low is good'])]);
    expect(result.findings.filter((f) => f.code === 'V031')).toEqual([]);
  });
});
