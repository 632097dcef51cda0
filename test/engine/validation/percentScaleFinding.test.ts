import { calculateWorkbook, type CellValue, type SheetGrid } from '../../../src/engine';

const HEADER: CellValue[] = ['Indicator', 'Measure', 'Polarity', 'Previous value', 'Current value', 'Target', 'Range low', 'Range high'];
const indicators = (...rows: CellValue[][]): SheetGrid => ({ name: 'Indicators', values: [HEADER, ...rows] });
const ETE = 'ETE of young offenders';
const MARAC = '% of domestic violence cases reviewed at MARAC that are repeat incidents';

describe("a percentage indicator's target or range on another scale than its figures (V034)", () => {
  test('a target of 40 beside 38% and 42% is an error on the Target cell, and the row is not coloured Red against 4,000%', () => {
    const result = calculateWorkbook([indicators([ETE, 'Percentage', 'High is good', '38%', '42%', 40])]);
    expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['V034', 'F2', 'error']]);
    expect(result.findings[0].message).toBe('The target 40 would be read as 4000%, but the figures are percentages (the current figure is 42%): it looks like percentage points typed without %, so the row is not scored.');
    expect(result.findings[0].fix).toBe('Type the target with % (e.g. 40%), so the target and the figures are on the same scale.');
    expect(result.indicators[0].rag).toBeUndefined();
  });

  test('the seed MARAC range typed as 28 to 40 beside 28% and 37% is an error on Range low', () => {
    const result = calculateWorkbook([indicators([MARAC, 'Percentage', 'In range', '28%', '37%', null, 28, 40])]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V034', 'G2']]);
    expect(result.findings[0].message).toContain('The range 28 to 40 would be read as 2800% to 4000%, but the figures are percentages (the current figure is 37%)');
    expect(result.findings[0].fix).toBe('Type the range with % (e.g. 28%-40%), so the range and the figures are on the same scale.');
  });

  test('the MARAC range with % on Range low only (28% to 40) is an error on Range high, not judged as 28%-4,000%', () => {
    const result = calculateWorkbook([indicators([MARAC, 'Percentage', 'In range', '28%', '42%', null, '28%', 40])]);
    expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['V034', 'H2', 'error']]);
    expect(result.findings[0].message).toContain('The range 0.28 to 40 would be read as 28% to 4000%');
    expect(result.indicators[0]).toMatchObject({ direction: undefined, rag: undefined });
  });

  test('a target from the Settings sheet is named as such, on the Indicator cell', () => {
    const settings: SheetGrid = { name: 'Settings', values: [['Setting', 'Value'], [`Target: ${ETE}`, 40]] };
    const result = calculateWorkbook([indicators([ETE, 'Percentage', 'High is good', '38%', '42%']), settings]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V034', 'A2']]);
    expect(result.findings[0].message).toContain(`The target 40 (from the Settings sheet's Target: ${ETE} entry)`);
  });

  test('a small figure against a target typed with % is judged, not flagged: 0.1% against a 5% target is Red', () => {
    const result = calculateWorkbook([indicators([ETE, 'Percentage', 'High is good', '0.2%', '0.1%', '5%'], [ETE + ' (formatted)', 'Percentage', 'High is good', '0.4%', '0.3%', '40%'])]);
    expect(result.findings.filter((f) => f.code === 'V034')).toEqual([]);
    expect(result.indicators.map((i) => [i.direction, i.rag])).toEqual([['↓', 'R'], ['↓', 'R']]);
  });

  test('a target of 2 beside 0.5% is flagged (2 as a fraction would be 200%)', () => {
    const result = calculateWorkbook([indicators([ETE, 'Percentage', 'High is good', '0.4%', '0.5%', 2])]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V034', 'F2']]);
  });

  test('targets and ranges on the figures\' scale are judged as before: 40% met by 42% is Green; 28%-40% holds 37%', () => {
    const result = calculateWorkbook([
      indicators([ETE, 'Percentage', 'High is good', '38%', '42%', '40%'], [MARAC, 'Percentage', 'In range', '28%', '37%', null, '28%', '40%']),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.indicators.map((i) => i.rag)).toEqual(['G', 'G']);
  });
});
