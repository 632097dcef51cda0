import { calculateWorkbook, type CellValue, type SheetGrid } from '../../../src/engine';

const HEADER: CellValue[] = ['Indicator', 'Polarity', 'Previous value', 'Current value', 'Previous count', 'Previous population', 'Current count', 'Current population'];
const indicators = (...rows: CellValue[][]): SheetGrid => ({ name: 'Indicators', values: [HEADER, ...rows] });

describe('a value typed beside counts that the counts do not give (V029)', () => {
  test('agrees at the precision it was typed: seed 002 total crime 47.21 and 51.61 beside its counts', () => {
    const result = calculateWorkbook([indicators(['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61, 32287, 683900, 35580, 689400])]);
    expect(result.findings).toEqual([]);
  });

  test('agrees when a percentage is typed on the percent scale (41 beside 41 / 100)', () => {
    const header: CellValue[] = ['Indicator', 'Measure', 'Polarity', 'Previous value', 'Current value', 'Previous count', 'Previous denominator', 'Current count', 'Current denominator'];
    const grid: SheetGrid = { name: 'Indicators', values: [header, ['Cases closed with an outcome', 'Percentage', 'High is good', 41, 43, 41, 100, 43, 100]] };
    expect(calculateWorkbook([grid]).findings.filter((f) => f.code === 'V029')).toEqual([]);
  });

  test('disagrees: a warning on the value cell says what the counts give, and the counts are rated', () => {
    // 30,000 / 680,000 × 1,000 = 44.12 and 36,000 / 690,000 × 1,000 = 52.17, typed as 50 and 40.
    const result = calculateWorkbook([indicators(['Public order offences rate (per 1,000 population)', 'Low is good', 50, 40, 30000, 680000, 36000, 690000])]);
    expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['V029', 'C2', 'warning'], ['V029', 'D2', 'warning']]);
    expect(result.findings[0].message).toBe('The previous value "50" does not match its counts: 30000 / 680000 gives 44.12. The figure from the counts is the one compared and rated.');
    expect(result.indicators[0]).toMatchObject({ direction: '↓', rag: 'R' });
  });
});
