import { buildReportModel, calculateWorkbook, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER: CellValue[] = ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Nearest Neighbour Comparison', 'County Comparison', 'District Comparison'];

describe('Excel errors in the typed comparison columns (V036)', () => {
  const result = calculateWorkbook([
    gridOf('Indicators', [HEADER, ['Ongoing reductions in crime', 'Total crime rate', 'Low is good', 47.21, 51.61, { error: '#N/A' }, { error: '#REF!' }, { error: '#VALUE!' }]]),
  ]);

  test('each is a warning on its own cell, and the row is still scored (seed total crime: 9.32%, ↓, A)', () => {
    expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['V036', 'F2', 'warning'],
      ['V036', 'G2', 'warning'],
      ['V036', 'H2', 'warning'],
    ]);
    expect(result.findings[1].message).toBe('The County Comparison holds the Excel error #REF!, so it is left off the Dashboard and the board report; the row is still calculated.');
    expect(result.indicators[0]).toMatchObject({ direction: '↓', rag: 'A' });
    expect(result.indicators[0].changePercent).toBeCloseTo(0.0932, 4);
  });

  test('the error text is not carried to the board table', () => {
    expect(result.indicators[0]).toMatchObject({ nearestNeighbour: undefined, countyComparison: undefined, districtComparison: undefined });
    expect(JSON.stringify(buildReportModel(result))).not.toMatch(/#N\/A|#REF!|#VALUE!/);
  });
});

test('an Excel error in the Indicator column says to type the name, not a figure (V002)', () => {
  const result = calculateWorkbook([gridOf('Indicators', [HEADER.slice(0, 5), ['Crime', { error: '#N/A' }, 'Low is good', 1, 2]])]);
  const finding = result.findings.find((f) => f.code === 'V002');
  expect(finding?.fix).toBe('Correct the formula or the cells it refers to, or type in its place the indicator name as text.');
});

test('#N/A in the Measure or Polarity column is named as an Excel error (V002), not as an unknown measure or polarity', () => {
  const header: CellValue[] = ['Indicator', 'Measure', 'Polarity', 'Previous value', 'Current value'];
  const result = calculateWorkbook([gridOf('Indicators', [header, ['Total crime rate', { error: '#N/A' }, 'Low is good', 47.21, 51.61], ['Burglary rate', 'Rate per 1,000', { error: '#N/A' }, 3.53, 3.91]])]);
  expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V002', 'B2'], ['V002', 'C3']]);
  expect(result.findings[1].message).toBe('The polarity holds the Excel error #N/A.');
  expect(result.indicators.map((i) => i.direction)).toEqual([undefined, undefined]);
});

test('a second "Current value" column is a warning naming the one read (V037); the first is read', () => {
  const header: CellValue[] = ['Indicator', 'Polarity', 'Previous value', 'Current value', 'Current figure'];
  const result = calculateWorkbook([gridOf('Indicators', [header, ['Total crime rate', 'Low is good', 47.21, 51.61, 99]])]);
  expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['V037', 'E1', 'warning']]);
  expect(result.findings[0].message).toBe('The header "Current figure" is another "Current value" column, as at D1; only the first is read, so this column is ignored.');
  expect(result.indicators[0].current.value).toBe(51.61);
});
