import { CellValue, SheetGrid } from '../../../src/engine';
import { calculate, settingsGrid, writtenAt } from './comparisonGrids';

// A Percentage figure is a fraction (0.316 is 31.6%): a Value of 31.6 typed without % is 3,160%. The
// Districts, Peers and Trends sheets read their figures the same way (figureCellsReader), so each
// flags it as the Indicators sheet does (V021) and builds nothing on it.
const FEEL_SAFE = 'Feel safe';
const percentage = (): SheetGrid => settingsGrid([['Measure: Feel safe', 'Percentage'], ['Polarity: Feel safe', 'High is good']]);

function districtsGrid(rows: CellValue[][]): SheetGrid {
  return { name: 'Districts', values: [['District', 'Indicator', 'Count', 'Population', 'Value'], ...rows] };
}

// A 81/263, B 56/70, C 15/148 (sheet rows 2-4) and the county row's Value on row 5.
const DISTRICTS: CellValue[][] = [
  ['A', FEEL_SAFE, 81, 263, null],
  ['B', FEEL_SAFE, 56, 70, null],
  ['C', FEEL_SAFE, 15, 148, null],
];

describe('Districts sheet: a Percentage Value above 100%', () => {
  it('a county Value of 31.6 typed without % is an error on its cell, and no district is compared with 3,160%', () => {
    const result = calculate(percentage(), districtsGrid([...DISTRICTS, ['Leicestershire', FEEL_SAFE, null, null, 31.6]]));
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['V021', 'error', 'Districts', 'E5']]);
    expect(result.findings[0]).toMatchObject({
      raw: '31.6',
      parsed: '3160%',
      message: 'The value is 31.6, read as 3160%; a percentage cannot be above 100%: it looks like percentage points typed without %.',
    });
    const [group] = result.districts!;
    // The county row is not used: as for any county row with an error, the county rate is the three
    // districts together, 152 / 481 = 31.60% (not 3,160%).
    expect(group.county).toBeUndefined();
    expect(group.countySource).toBe('sum of districts');
    expect(group.countyRate).toBeCloseTo(152 / 481, 12);
    // Hand-checked Wilson 95%: A 30.80% (25.53% to 36.62%) holds 31.60%, Similar; B 80% (69.18% to
    // 87.70%) wholly above, Better; C 10.14% (6.24% to 16.05%) wholly below, Worse. Before, all three were Worse.
    expect(group.districts.map((d) => d.compared)).toEqual(['Similar', 'Better', 'Worse']);
    expect(group.districts[0].lower).toBeCloseTo(0.2553, 4);
    expect(group.districts[0].upper).toBeCloseTo(0.3662, 4);
    expect(group.summary).toBe('1 better, 1 similar, 1 worse (C)');
    expect(writtenAt(result, 'Districts', 'Reason', 4)).toBe('Not calculated: see the finding on this row.');
    expect(writtenAt(result, 'Districts', 'County rate', 4)).toBeNull();
  });

  it('a district Value above 100% is not ranked or compared, whatever the other districts give', () => {
    const rows: CellValue[][] = [['A', FEEL_SAFE, null, null, 0.3], ['B', FEEL_SAFE, null, null, 80], ['C', FEEL_SAFE, null, null, 0.1]];
    const result = calculate(percentage(), districtsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V021', 'E3'], ['D003', 'A2']]);
    const [group] = result.districts!;
    expect(group.districts.map((d) => [d.district, d.rank, d.notCalculated])).toEqual([['A', 1, false], ['B', undefined, true], ['C', 2, false]]);
  });

  it('typed with %, above 100% is still an error, without the percentage-points hint', () => {
    const result = calculate(percentage(), districtsGrid([...DISTRICTS, ['Leicestershire', FEEL_SAFE, null, null, '131.6%']]));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V021', 'E5']]);
    expect(result.findings[0].message).toBe('The value is 131.6%, read as 131.6%; a percentage cannot be above 100%.');
  });

  it('31.6% typed with %, or 0.316, is the county rate as given: no finding', () => {
    for (const county of ['31.6%', 0.316]) {
      const result = calculate(percentage(), districtsGrid([...DISTRICTS, ['Leicestershire', FEEL_SAFE, null, null, county]]));
      expect(result.findings).toEqual([]);
      expect(result.districts![0]).toMatchObject({ countySource: 'county row', countyRate: 0.316 });
    }
  });

  it('a Value of 31.6 is a figure as typed for a rate: the check is for percentages only', () => {
    const rates = settingsGrid([['Measure: Feel safe', 'Rate per 1,000'], ['Polarity: Feel safe', 'High is good']]);
    const result = calculate(rates, districtsGrid([...DISTRICTS, ['Leicestershire', FEEL_SAFE, null, null, 31.6]]));
    expect(result.findings).toEqual([]);
    expect(result.districts![0].countyRate).toBe(31.6);
  });
});

describe('Peers and Trends sheets: the same check', () => {
  it('Peers: an area with 31.6 typed without % is an error, and the home area is not ranked on it', () => {
    const peers: SheetGrid = {
      name: 'Peers',
      values: [['Area', 'Indicator', 'Value'], ['Leicestershire', FEEL_SAFE, '30%'], ['A', FEEL_SAFE, 0.28], ['B', FEEL_SAFE, 31.6], ['C', FEEL_SAFE, 0.35]],
    };
    const result = calculate(percentage(), peers);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V021', 'C4']]);
    const [peer] = result.peers!;
    expect([peer.rank, peer.nearestNeighbour, peer.countyComparison]).toEqual([undefined, undefined, undefined]);
    expect(peer.note).toContain('B, whose row has an error');
  });

  it('Trends: a point of 31.6 among fractions is an error and left out of the series', () => {
    const trends: SheetGrid = {
      name: 'Trends',
      values: [['Indicator', 'Period', 'Value'], [FEEL_SAFE, '2019/20', 0.3], [FEEL_SAFE, '2020/21', 0.31], [FEEL_SAFE, '2021/22', 31.6], [FEEL_SAFE, '2022/23', 0.32]],
    };
    const result = calculate(percentage(), trends);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V021', 'C4']]);
    expect(result.trends![0].points.map((p) => p.value)).toEqual([0.3, 0.31, 0.32]);
  });
});

describe('Indicators sheet: the same wording (V021)', () => {
  it('says a figure above 1 typed without % looks like percentage points', () => {
    const indicators: SheetGrid = {
      name: 'Indicators',
      values: [['Indicator', 'Measure', 'Polarity', 'Current value'], ['% feeling safe', 'Percentage', 'High is good', 31.6]],
    };
    const [finding] = calculate(indicators).findings;
    expect(finding).toMatchObject({ code: 'V021', cell: 'D2', message: 'The current value is 31.6, read as 3160%; a percentage cannot be above 100%: it looks like percentage points typed without %.' });
  });
});
