import { calculateWorkbook } from '../../src/engine';
import type { CalculationResult, SheetGrid } from '../../src/engine';
import { districtsSampleGrid } from '../../scripts/sample/districtsSheet';
import { peersSampleGrid } from '../../scripts/sample/peersSheet';
import { riskSampleGrid } from '../../scripts/sample/riskSheet';
import { trendsSampleGrid } from '../../scripts/sample/trendsSheet';
import { seedIndicatorsSheet, seedSettingsSheet } from '../engine/gridOf';
import { comparisonReason } from '../../src/taskpane/state/comparisonReason';
import { dashboardReducer, initialDashboardState } from '../../src/taskpane/state/dashboardReducer';
import type { CellRef, DashboardAction } from '../../src/taskpane/state/dashboardReducer';
import { explainedRowRange, selectExplanation } from '../../src/taskpane/state/selectExplanation';

// Seed 002's Indicators sheet with the sample Peers, Districts, Trends and Risk Matrix sheets. The
// Dashboard it draws: heading, mark and headers on rows 1-3, Total crime on row 4 (↓ in F4, 4/9 in
// H4, Average in I4, the district line in J4), … hate incidents on row 15, the key, then the risk
// hierarchy's categories on rows 35-44 (Domestic abuse ranked 1, Cyber crime** 6 tied, Modern slavery NO DATA).
const TOTAL_CRIME = 'Total Crime rate (per 1,000 population)';
const sheets = (): SheetGrid[] => [seedIndicatorsSheet(), seedSettingsSheet(), riskSampleGrid(), peersSampleGrid(), districtsSampleGrid(), trendsSampleGrid()];
const seeded = calculateWorkbook(sheets());

function explain(sheet: string, address: string, result: CalculationResult = seeded, ...more: DashboardAction[]) {
  const cell: CellRef = { sheet, address };
  const state = [{ type: 'explained', cell } as DashboardAction, ...more].reduce(dashboardReducer, { ...initialDashboardState, result });
  return selectExplanation(state);
}

describe('Explain on the Dashboard sheet', () => {
  test("F4, Total crime's ↓, explains Total crime's arrow and colour", () => {
    const explanation = explain('Dashboard', 'F4');
    expect(explanation).toMatchObject({ kind: 'indicator', indicator: { indicator: TOTAL_CRIME, direction: '↓', rag: 'A', row: 4, sheet: 'Indicators' } });
  });

  test('every indicator row of the table maps to its indicator, in sheet order', () => {
    const names = [4, 5, 15].map((row) => explain('Dashboard', `C${row}`)).map((e) => (e.kind === 'indicator' ? e.indicator.indicator : e.kind));
    expect(names).toEqual([TOTAL_CRIME, 'Domestic Burglary rate (per 1,000 population)', 'Reported hate incidents (per 1,000 population)']);
  });

  test("the outcome and Overall Progress RAG cells explain the outcome's roll-up", () => {
    for (const address of ['A4', 'B4']) {
      expect(explain('Dashboard', address)).toMatchObject({ kind: 'overallRag', indicator: { outcome: 'Ongoing reductions in crime' }, rags: ['A', 'A', 'A', 'R'] });
    }
  });

  test('the risk hierarchy rows map to their Risk Matrix category, ties included', () => {
    expect(explain('Dashboard', 'G35')).toMatchObject({ kind: 'risk', risk: { sheet: 'Risk Matrix', category: 'Domestic abuse', rank: 1, rating: 'HIGH' } });
    expect(explain('Dashboard', 'B40')).toMatchObject({ kind: 'risk', risk: { category: 'Anti-social behaviour (ASB)', rank: 6 } });
    expect(explain('Dashboard', 'B41')).toMatchObject({ kind: 'risk', risk: { category: 'Cyber crime**', rank: 6 } });
    expect(explain('Dashboard', 'C44')).toMatchObject({ kind: 'risk', risk: { category: 'Modern slavery', rating: 'NO DATA' } });
  });

  test('the heading, the key and the blank rows between are not explained', () => {
    for (const address of ['A1', 'C3', 'A16', 'A24', 'B33', 'B34']) expect(explain('Dashboard', address).kind).toBe('notExplained');
  });

  test("an analyst's own sheet named Dashboard (left unwritten) is not read as the add-in's", () => {
    const own: SheetGrid = { name: 'Dashboard', values: [['My own notes']] };
    const result = calculateWorkbook([...sheets(), own]);
    expect(result.plan.ownedSheets.some((s) => s.name === 'Dashboard')).toBe(false);
    expect(explain('Dashboard', 'F4', result).kind).toBe('notExplained');
  });
});

describe('Explain on comparison cells', () => {
  test('Nearest Neighbour 4/9 is explained from the Peers rank, not the row\'s arrow', () => {
    const explanation = explain('Dashboard', 'H4');
    expect(explanation).toMatchObject({ kind: 'comparison', comparison: 'nearestNeighbour', indicator: { nearestNeighbour: '4/9' } });
    if (explanation.kind !== 'comparison') throw new Error(explanation.kind);
    expect(comparisonReason(explanation)).toBe(
      'Leicestershire ranks 4 of the 9 areas with a figure for 2016-17 on the Peers sheet, its most similar group: 1 is the best, here the lowest figure (low is good).',
    );
  });

  test('County Comparison Average: 4/9 is in the third fifth, ⌈5 × 4 ÷ 9⌉ = ⌈2.22⌉ = 3', () => {
    const explanation = explain('Dashboard', 'I4');
    if (explanation.kind !== 'comparison') throw new Error(explanation.kind);
    expect(comparisonReason(explanation)).toMatch(/^Average: the rank 4\/9 falls in the third fifth of the group \(⌈5 × 4 ÷ 9⌉ = 3;/);
  });

  test('District Comparison names the districts behind the summary line', () => {
    const explanation = explain('Dashboard', 'J4');
    if (explanation.kind !== 'comparison') throw new Error(explanation.kind);
    expect(explanation.district?.summary).toBe('3 better, 2 similar, 2 worse (Charnwood, North West Leicestershire)');
    const text = comparisonReason(explanation);
    expect(text).toContain('on the Districts sheet for 2016-17');
    expect(text).toContain('95% confidence interval');
    expect(text).toContain('Better: Blaby, Harborough, Melton. Similar: Hinckley and Bosworth, Oadby and Wigston. Worse: Charnwood, North West Leicestershire.');
  });

  test('District Comparison describes the period the engine used when two periods give the same line', () => {
    const result = calculateWorkbook([
      { name: 'Indicators', values: [['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Current period', 'District Comparison'], ['Crime', 'Burglary', 'Low is good', 5, 4, '2016/17', null]] },
      { name: 'Districts', values: [['District', 'Indicator', 'Period', 'Count', 'Population'],
        ['Blaby', 'Burglary', '2015/16', 400, 97600], ['Charnwood', 'Burglary', '2015/16', 700, 182400], ['Melton', 'Burglary', '2015/16', 200, 50900],
        ['Blaby', 'Burglary', '2016/17', 420, 97600], ['Charnwood', 'Burglary', '2016/17', 780, 182400], ['Melton', 'Burglary', '2016/17', 210, 50900]] },
    ]);
    expect(result.districts!.map((g) => [g.period, g.summary])).toEqual([['2015/16', '0 better, 3 similar, 0 worse'], ['2016/17', '0 better, 3 similar, 0 worse']]);
    const column = result.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'District Comparison')!;
    const explanation = explain('Indicators', `${String.fromCharCode(65 + column.column)}2`, result);
    if (explanation.kind !== 'comparison') throw new Error(explanation.kind);
    expect(explanation.district?.period).toBe('2016/17');
    expect(comparisonReason(explanation)).toContain('for 2016/17');
  });

  test('a comparison typed by the analyst says so; a blank one says nothing computed it', () => {
    const typed = explain('Dashboard', 'H10');
    if (typed.kind !== 'comparison') throw new Error(typed.kind);
    expect(comparisonReason(typed)).toMatch(/^"Top" was typed by the analyst on the Indicators sheet: no Peers sheet computed this/);
    const blank = explain('Dashboard', 'J8');
    if (blank.kind !== 'comparison') throw new Error(blank.kind);
    expect(comparisonReason(blank)).toMatch(/^Not compared: no Districts sheet computed this/);
  });

  test('a Peers or Districts sheet without the row\'s current period: the typed cell is explained as typed, and why', () => {
    const result = calculateWorkbook([
      { name: 'Indicators', values: [['Indicator', 'Polarity', 'Current Year (2017-18)', 'Nearest Neighbour Comparison', 'District Comparison'], ['Burglary', 'Low is good', 4, '2/9', 'as typed']] },
      { name: 'Peers', values: [['Area', 'Indicator', 'Period', 'Value'], ['Leicestershire', 'Burglary', '2016/17', 4], ['A', 'Burglary', '2016/17', 3], ['B', 'Burglary', '2016/17', 5]] },
      { name: 'Districts', values: [['District', 'Indicator', 'Period', 'Count', 'Population'], ['Blaby', 'Burglary', '2016/17', 420, 97600], ['Melton', 'Burglary', '2016/17', 210, 50900]] },
    ]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['D010', 'E2'], ['P005', 'D2']]);
    const nearest = explain('Indicators', 'D2', result);
    if (nearest.kind !== 'comparison') throw new Error(nearest.kind);
    expect(comparisonReason(nearest)).toBe(
      '"2/9" was typed by the analyst on the Indicators sheet: no Peers sheet computed this for the indicator, so it is shown as typed and not checked. ' +
        "The Peers sheet gives no rank for this indicator: No figures for 2017-18 on the Peers sheet (it has 2016/17), so no rank: another period's figures are not used.",
    );
    const district = explain('Indicators', 'E2', result);
    if (district.kind !== 'comparison') throw new Error(district.kind);
    expect(district.district).toBeUndefined();
    expect(comparisonReason(district)).toBe(
      '"as typed" was typed by the analyst on the Indicators sheet: no Districts sheet computed this for the indicator, so it is shown as typed and not checked. ' +
        "The Districts sheet has no 2017-18 figures for this indicator (it has 2016/17), and another period's figures are not used.",
    );
  });

  test('a Peers sheet with an area without a figure: the typed cells are explained as typed, and why there is no rank', () => {
    // Home 4 among 1, 2, 3, 5 and d blank (low is good): ranked without d it would be 4/5, so no rank (P006 on C7).
    const areas: Array<[string, number | null]> = [['Leicestershire', 4], ['a', 1], ['b', 2], ['c', 3], ['e', 5], ['d', null]];
    const result = calculateWorkbook([
      { name: 'Indicators', values: [['Indicator', 'Polarity', 'Current value', 'Nearest Neighbour Comparison', 'County Comparison'], ['Burglary', 'Low is good', 4, '2/9', 'Top']] },
      { name: 'Peers', values: [['Area', 'Indicator', 'Value'], ...areas.map(([area, value]) => [area, 'Burglary', value])] },
    ]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['P006', 'C7']]);
    const why =
      'The Peers sheet gives no rank for this indicator: Not every area of the group has a figure (d, none at C7); a rank among only the 5 ' +
      "areas with a figure would not be the home area's place in the group.";
    for (const [address, typed] of [['D2', '2/9'], ['E2', 'Top']]) {
      const explanation = explain('Indicators', address, result);
      if (explanation.kind !== 'comparison') throw new Error(explanation.kind);
      expect(comparisonReason(explanation)).toBe(
        `"${typed}" was typed by the analyst on the Indicators sheet: no Peers sheet computed this for the indicator, so it is shown as typed and not checked. ${why}`,
      );
    }
  });

  test("on the Indicators sheet, the comparison output columns explain the comparison too", () => {
    const column = seeded.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'Nearest Neighbour Comparison')!;
    const address = `${String.fromCharCode(65 + column.column)}5`;
    expect(explain('Indicators', address)).toMatchObject({ kind: 'comparison', comparison: 'nearestNeighbour', indicator: { indicator: TOTAL_CRIME } });
  });
});

describe('Explain on sheets it does not cover', () => {
  test('Peers, Districts and Trends cells say which sheet they are on', () => {
    expect(explain('Peers', 'C5')).toMatchObject({ kind: 'notExplained', sheetKind: 'peers' });
    expect(explain('Districts', 'B5')).toMatchObject({ kind: 'notExplained', sheetKind: 'districts' });
    expect(explain('Trends', 'B5')).toMatchObject({ kind: 'notExplained', sheetKind: 'trends' });
    expect(explain('Notes', 'B5')).toEqual({ kind: 'notExplained', cell: { sheet: 'Notes', address: 'B5' } });
  });
});

describe('Explain checks the row still holds what was calculated there', () => {
  // Total crime is on row 5 of seed 002's Indicators sheet (two title rows and a blank row above the header).
  const cell: CellRef = { sheet: 'Indicators', address: 'F5' };
  const read = (texts: string[]): DashboardAction => ({ type: 'explainedRowRead', cell, texts });

  test('the row is read wide enough to hold its name: A to the last output column, at least Z', () => {
    const last = Math.max(...seeded.plan.columns.filter((c) => c.sheet === 'Indicators').map((c) => c.column));
    expect(explainedRowRange(seeded, cell)).toBe(`A5:${String.fromCharCode(65 + Math.max(25, last))}5`);
    expect(explainedRowRange(seeded, { sheet: 'Dashboard', address: 'C4' })).toBe('A4:Z4');
    expect(explainedRowRange(seeded, { sheet: 'Indicators', address: 'A1' })).toBeUndefined();
  });

  test('not moved while the row still names the indicator (spacing and case aside), moved once it names another', () => {
    const state = (action: DashboardAction) =>
      selectExplanation([{ type: 'explained', cell } as DashboardAction, action].reduce(dashboardReducer, { ...initialDashboardState, result: seeded }));
    expect(state(read(['Ongoing reductions in crime', 'total crime rate  (per 1,000 population)', '47.21']))).toMatchObject({ kind: 'indicator', moved: false });
    expect(state(read(['', 'Domestic Burglary rate (per 1,000 population)', '3.53']))).toMatchObject({ kind: 'indicator', moved: true });
  });

  test('a row read for an earlier Explain is ignored', () => {
    const earlier: DashboardAction = { type: 'explainedRowRead', cell: { sheet: 'Indicators', address: 'F5' }, texts: ['something else'] };
    expect(explain('Indicators', 'F5', seeded, earlier)).toMatchObject({ moved: false });
  });
});

describe('Explain on an Overall Progress RAG cell of an indicator without an outcome', () => {
  const overallCell = (result: CalculationResult) => {
    const column = result.plan.columns.find((c) => c.header === 'Overall Progress RAG')!;
    return `${String.fromCharCode(65 + column.column)}2`;
  };

  test('on a sheet without an Outcome column, it knows there is no column to type into', () => {
    const result = calculateWorkbook([{ name: 'Indicators', values: [['Indicator', 'Previous value', 'Current value'], ['Burglary', 10, 12]] }]);
    expect(explain('Indicators', overallCell(result), result)).toMatchObject({ kind: 'overallRag', hasOutcomeColumn: false });
  });

  test('on a sheet with an Outcome column left blank, it points to that column', () => {
    const result = calculateWorkbook([{ name: 'Indicators', values: [['Outcome', 'Indicator', 'Previous value', 'Current value'], [null, 'Burglary', 10, 12]] }]);
    expect(explain('Indicators', overallCell(result), result)).toMatchObject({ kind: 'overallRag', hasOutcomeColumn: true });
  });
});
