import { CellValue, SheetGrid, countyComparisonFor } from '../../../src/engine';
import { calculate, indicatorsGrid, settingsGrid, writtenAt } from '../districts/comparisonGrids';

const CRIME = 'Crime rate (per 1,000 population)';

function peersGrid(rows: CellValue[][], header: CellValue[] = ['Area', 'Indicator', 'Value']): SheetGrid {
  return { name: 'Peers', values: [['Most similar group'], header, ...rows] };
}

/** Home (Leicestershire) at 50 among eight others: three lower, so 4/9 when low is good. */
const NINE: CellValue[][] = [
  ['Leicestershire', CRIME, 50],
  ['A', CRIME, 40], ['B', CRIME, 45], ['C', CRIME, 48], ['D', CRIME, 55],
  ['E', CRIME, 60], ['F', CRIME, 62], ['G', CRIME, 70], ['H', CRIME, 80],
];

describe('countyComparisonFor: q = ceil(5k/n)', () => {
  it('gives the Appendix 1 ranks their fifths', () => {
    expect(countyComparisonFor(4, 9)).toBe('Average'); // ceil(2.22) = 3
    expect(countyComparisonFor(6, 9)).toBe('Below Average'); // ceil(3.33) = 4
    expect(countyComparisonFor(5, 9)).toBe('Average'); // ceil(2.78) = 3
    expect(countyComparisonFor(2, 9)).toBe('Above Average'); // ceil(1.11) = 2
    expect(countyComparisonFor(1, 9)).toBe('Top');
    expect(countyComparisonFor(9, 9)).toBe('Bottom');
  });

  it('handles the edges of n: whole fifths stay in their fifth, small groups, and impossible ranks', () => {
    expect([1, 2, 3, 4, 5].map((k) => countyComparisonFor(k, 5))).toEqual(['Top', 'Above Average', 'Average', 'Below Average', 'Bottom']);
    expect(countyComparisonFor(2, 10)).toBe('Top'); // 5·2/10 = 1 exactly
    expect(countyComparisonFor(3, 10)).toBe('Above Average');
    expect([1, 2, 3].map((k) => countyComparisonFor(k, 3))).toEqual(['Above Average', 'Below Average', 'Bottom']);
    expect(countyComparisonFor(0, 9)).toBeUndefined();
    expect(countyComparisonFor(10, 9)).toBeUndefined();
    expect(countyComparisonFor(1.5, 9)).toBeUndefined();
  });
});

describe('Peers sheet: the home area rank', () => {
  it('ranks the home area among the group by polarity and writes k/n and the fifth to the Indicators sheet', () => {
    const indicators: SheetGrid = {
      name: 'Indicators',
      values: [['Indicator', 'Polarity', 'Current value', 'Nearest Neighbour Comparison', 'County Comparison'], [CRIME, 'Low is good', 50, '1/9', 'Top']],
    };
    const result = calculate(indicators, peersGrid(NINE));
    const [peer] = result.peers!;
    expect(peer).toMatchObject({ rank: 4, of: 9, nearestNeighbour: '4/9', countyComparison: 'Average', homeArea: 'Leicestershire' });
    expect(writtenAt(result, 'Indicators', 'Nearest Neighbour Comparison', 1)).toBe('4/9');
    expect(writtenAt(result, 'Indicators', 'County Comparison', 1)).toBe('Average');
    expect(result.indicators[0].nearestNeighbour).toBe('4/9');
    // Every area's rank on the Peers sheet.
    expect([2, 3, 4, 5, 10].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([4, 1, 2, 3, 9]);
  });

  it('high is good ranks from the highest: 50 is 6/9, Below Average', () => {
    const [peer] = calculate(indicatorsGrid([[CRIME, 'High is good', 'Rate per 1,000']]), peersGrid(NINE)).peers!;
    expect([peer.nearestNeighbour, peer.countyComparison]).toEqual(['6/9', 'Below Average']);
  });

  it('a tie shares the better rank', () => {
    const rows = NINE.map((r) => (r[0] === 'C' ? ['C', CRIME, 50] : r));
    const [peer] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), peersGrid(rows)).peers!;
    expect(peer.nearestNeighbour).toBe('3/9');
  });

  it('ranks rates computed from counts and populations', () => {
    const rows: CellValue[][] = [['Leicestershire', CRIME, 500, 10_000], ['A', CRIME, 300, 10_000], ['B', CRIME, 900, 20_000]];
    const [peer] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), peersGrid(rows, ['Area', 'Indicator', 'Count', 'Population'])).peers!;
    expect(peer.areas.map((a) => a.value)).toEqual([50, 30, 45]);
    expect(peer.nearestNeighbour).toBe('3/3');
    expect(peer.countyComparison).toBe('Bottom');
  });

  it('uses the Home area setting', () => {
    const [peer] = calculate(indicatorsGrid([[CRIME, 'Low is good', 'Rate per 1,000']]), settingsGrid([['Home area', 'H']]), peersGrid(NINE)).peers!;
    expect(peer.nearestNeighbour).toBe('9/9');
  });
});

describe('Peers sheet: no rank without the home area, enough peers, or a polarity', () => {
  const indicators: SheetGrid = {
    name: 'Indicators',
    values: [['Indicator', 'Polarity', 'Current value', 'Nearest Neighbour Comparison'], [CRIME, 'Low is good', 50, '4/9 typed']],
  };

  it('home area missing: a finding, no rank, and the typed cell left alone', () => {
    const result = calculate(indicators, peersGrid(NINE.slice(1)));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['P001', 'A3']]);
    expect(result.peers![0].rank).toBeUndefined();
    expect(result.indicators[0].nearestNeighbour).toBe('4/9 typed');
    const written = result.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'Nearest Neighbour Comparison');
    expect(written?.cells.every((c) => c === null)).toBe(true);
  });

  it('fewer than two peers: a finding, no rank', () => {
    const rows: CellValue[][] = [['Leicestershire', CRIME, 50], ['A', CRIME, 40]];
    const result = calculate(indicators, peersGrid(rows));
    expect(result.findings.map((f) => f.code)).toEqual(['P002']);
    expect(result.findings[0].message).toContain('Only 1 comparator area(s)');
    expect(result.peers![0].nearestNeighbour).toBeUndefined();
  });

  it('two peers are enough (n = 3)', () => {
    const rows: CellValue[][] = [['Leicestershire', CRIME, 50], ['A', CRIME, 40], ['B', CRIME, 60]];
    expect(calculate(indicators, peersGrid(rows)).peers![0]).toMatchObject({ nearestNeighbour: '2/3', countyComparison: 'Below Average' });
  });

  it('No judgement: there is no best area, so a finding and no rank', () => {
    const result = calculate(indicatorsGrid([[CRIME, 'No judgement', 'Rate per 1,000']]), peersGrid(NINE));
    expect(result.findings.map((f) => f.code)).toEqual(['P003']);
    expect(result.peers![0].rank).toBeUndefined();
  });

  it('an area listed twice is an error and the second row is not ranked', () => {
    const result = calculate(indicators, peersGrid([...NINE, ['A', CRIME, 10]]));
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['P004', 'error']]);
    expect(result.peers![0].nearestNeighbour).toBe('4/9');
  });
});

describe('Peers sheet: an area of the group without a figure (issue 3 §3: a finding, no rank)', () => {
  // Home "Leics" at 4 among 1, 2, 3, 5, 6, 7, 8 and h (low is good). Hand-checked: with h at 9 it is
  // 4/9, q = ceil(5·4/9) = ceil(2.22) = 3 Average; ranked without h it would be 4/8 Average, a place
  // among part of the group. Title row 1, header row 2, Leics on row 3, h on row 11 (Value in C).
  const group = (h: CellValue): CellValue[][] => [
    ['Leics', CRIME, 4], ['a', CRIME, 1], ['b', CRIME, 2], ['c', CRIME, 3], ['e', CRIME, 5],
    ['f', CRIME, 6], ['g', CRIME, 7], ['i', CRIME, 8], ['h', CRIME, h],
  ];
  const indicators: SheetGrid = {
    name: 'Indicators',
    values: [['Indicator', 'Polarity', 'Current value', 'Nearest Neighbour Comparison', 'County Comparison'], [CRIME, 'Low is good', 4, '3/9 typed', 'Above Average']],
  };
  const home = settingsGrid([['Home area', 'Leics']]);

  it('with every figure: 4/9 Average, no finding', () => {
    const result = calculate(indicators, home, peersGrid(group(9)));
    expect(result.findings).toEqual([]);
    expect(result.peers![0]).toMatchObject({ nearestNeighbour: '4/9', countyComparison: 'Average' });
  });

  it.each<{ label: string; h: CellValue }>([{ label: 'blank', h: null }, { label: '"-"', h: '-' }])('h $label: P006 on its empty Value cell, no rank, and the typed cells left as they are', ({ h }) => {
    const result = calculate(indicators, home, peersGrid(group(h)));
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['P006', 'warning', 'Peers', 'C11']]);
    expect(result.findings[0].message).toBe(
      `The area "h" has no figure for ${CRIME}, so the home area is not ranked: a rank among only the 8 areas with a figure would not be its place in the most similar group.`,
    );
    expect(result.findings[0].fix).toBe('Type the figure for h; if h is no longer in the most similar group, delete its row.');
    const [peer] = result.peers!;
    expect([peer.rank, peer.of, peer.nearestNeighbour, peer.countyComparison]).toEqual([undefined, undefined, undefined, undefined]);
    expect(peer.note).toBe("Not every area of the group has a figure (h, none at C11); a rank among only the 8 areas with a figure would not be the home area's place in the group.");
    // Nothing written over the analyst's cells, and no area ranked on the Peers sheet either.
    expect(writtenAt(result, 'Indicators', 'Nearest Neighbour Comparison', 1)).toBeUndefined();
    expect(writtenAt(result, 'Indicators', 'County Comparison', 1)).toBeUndefined();
    expect([result.indicators[0].nearestNeighbour, result.indicators[0].countyComparison]).toEqual(['3/9 typed', 'Above Average']);
    expect([2, 3, 10].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([null, null, null]);
  });

  it('with counts and populations, the finding sits on the empty Count cell and names the period', () => {
    const rows: CellValue[][] = [
      ['Leics', CRIME, '2016/17', 40, 10_000], ['a', CRIME, '2016/17', 10, 10_000], ['b', CRIME, '2016/17', 20, 10_000], ['h', CRIME, '2016/17', null, null],
    ];
    const result = calculate(indicators, home, peersGrid(rows, ['Area', 'Indicator', 'Period', 'Count', 'Population']));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['P006', 'D6']]);
    expect(result.findings[0].message).toContain(`for ${CRIME} (2016/17), so the home area is not ranked: a rank among only the 3 areas`);
  });

  it('the home area with a blank figure: P001 on its own empty cell (not the group\'s first row), no rank', () => {
    const rows = group(9).map((r) => (r[0] === 'Leics' ? ['Leics', CRIME, null] : r));
    const result = calculate(indicators, home, peersGrid([['a first', CRIME, 0.5], ...rows]));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['P001', 'C4']]);
    expect(result.peers![0].note).toBe('Leics (the Home area) has no figure on the Peers sheet.');
    expect([3, 4, 5].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([null, null, null]);
  });

  it('the home area and a peer both without a figure: one finding each', () => {
    const rows = group(null).map((r) => (r[0] === 'Leics' ? ['Leics', CRIME, '-'] : r));
    const result = calculate(indicators, home, peersGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['P001', 'C3'], ['P006', 'C11']]);
    expect(result.peers![0].note).toBe(
      "Leics (the Home area) has no figure on the Peers sheet. Not every area of the group has a figure (h, none at C11); a rank among only the 7 areas with a figure would not be the home area's place in the group.",
    );
  });

  it('a peer whose figure has an error: that error is its finding (no second one), and still no rank', () => {
    const result = calculate(indicators, home, peersGrid(group('about 9')));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V001', 'C11']]);
    expect(result.peers![0].nearestNeighbour).toBeUndefined();
    expect(result.peers![0].note).toContain('(h, whose row has an error)');
  });

  it('a row without an area name leaves the group short too (D006 on it), so no rank', () => {
    const rows = group(9).map((r) => (r[0] === 'h' ? ['', CRIME, 9] : r));
    const result = calculate(indicators, home, peersGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['D006', 'A11']]);
    expect(result.peers![0].note).toContain('(the row without an area name at A11, whose row has an error)');
    expect(result.peers![0].nearestNeighbour).toBeUndefined();
  });
});

describe('Peers sheet: which period is ranked when several are given', () => {
  const header = ['Area', 'Indicator', 'Period', 'Value'];
  // Hand-checked, low is good: in 2022/23 home 11 is below 12 and 13, rank 1 of 3, q = ceil(5·1/3) = 2
  // Above Average; in 2021/22 home 10 is above 5 and 6, rank 3 of 3, q = ceil(5·3/3) = 5 Bottom.
  const NEWER: CellValue[][] = [['Leicestershire', 'Crime', '2022/23', 11], ['A', 'Crime', '2022/23', 12], ['B', 'Crime', '2022/23', 13]];
  const OLDER: CellValue[][] = [['Leicestershire', 'Crime', '2021/22', 10], ['A', 'Crime', '2021/22', 5], ['B', 'Crime', '2021/22', 6]];
  const indicatorsWithCurrent = (period: string): SheetGrid => ({
    name: 'Indicators',
    values: [['Indicator', 'Polarity', `Current Year (${period})`], ['Crime', 'Low is good', 11]],
  });

  it('ranks the period the Indicators sheet calls current, wherever it sits on the Peers sheet', () => {
    const result = calculate(indicatorsWithCurrent('2022/23'), peersGrid([...NEWER, ...OLDER], header));
    expect(result.peers![0]).toMatchObject({ period: '2022/23', nearestNeighbour: '1/3', countyComparison: 'Above Average' });
    expect(writtenAt(result, 'Indicators', 'Nearest Neighbour Comparison', 1)).toBe('1/3');
    expect(writtenAt(result, 'Indicators', 'County Comparison', 1)).toBe('Above Average');
  });

  it('ranks the current period even when a later period follows it on the sheet', () => {
    const result = calculate(indicatorsWithCurrent('2021/22'), peersGrid([...OLDER, ...NEWER], header));
    expect(result.peers![0]).toMatchObject({ period: '2021/22', nearestNeighbour: '3/3', countyComparison: 'Bottom' });
  });

  it('without a current period on the Indicators sheet, ranks the latest period by its label, not the last on the sheet', () => {
    const result = calculate(indicatorsGrid([['Crime', 'Low is good', 'Rate per 1,000']]), peersGrid([...NEWER, ...OLDER], header));
    expect(result.peers![0]).toMatchObject({ period: '2022/23', nearestNeighbour: '1/3', countyComparison: 'Above Average' });
    // Only the ranked period's rows get a Rank: 2021/22 (sheet rows 5-7) is written empty.
    expect([2, 3, 4, 5].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([1, 2, 3, null]);
  });

  it('one period spelled two ways ("2022/23", "2022-23") is one group: every area is ranked together', () => {
    // Hand-checked: home 11 against 12, 13 and 9 (low is good): rank 2 of 4, q = ceil(5·2/4) = 3 Average.
    const mixed: CellValue[][] = [...NEWER, ['C', 'Crime', '2022-23', 9]];
    const result = calculate(indicatorsWithCurrent('2022/23'), peersGrid(mixed, header));
    expect(result.peers).toHaveLength(1);
    expect(result.peers![0]).toMatchObject({ nearestNeighbour: '2/4', countyComparison: 'Average' });
    expect([2, 3, 4, 5].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([2, 3, 4, 1]);
  });
});

describe('Peers sheet: the Indicators row reports a period the sheet does not have', () => {
  const header = ['Area', 'Indicator', 'Period', 'Value'];
  // NINE (home 50, 4/9 Average when low is good), all labelled 2016/17, the period as spelled on the sheet.
  const ONLY_2016_17: CellValue[][] = NINE.map(([area, indicator, value]) => [area, indicator, '2016/17', value]);
  const indicatorsFor = (current: string): SheetGrid => ({
    name: 'Indicators',
    values: [
      ['Indicator', 'Polarity', 'Previous Year (2016-17)', `Current Year (${current})`, 'Nearest Neighbour Comparison', 'County Comparison'],
      [CRIME, 'Low is good', 52, 50, '1/9', 'Top'],
    ],
  });

  it('fills nothing from 2016/17 for a 2017-18 row: the typed cells stay, with one P005 on the Nearest Neighbour cell', () => {
    const result = calculate(indicatorsFor('2017-18'), peersGrid(ONLY_2016_17, header));
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['P005', 'warning', 'Indicators', 'E2']]);
    expect(result.findings[0].message).toBe(
      `The Peers sheet has no 2017-18 figures for "${CRIME}" (it has 2016/17), so Nearest Neighbour and County Comparison are left as they are, not filled from another period's figures.`,
    );
    expect(result.findings[0].fix).toBe(`Add the 2017-18 rows for "${CRIME}" to the Peers sheet, then calculate again.`);
    // Left exactly as typed: no write to either cell, and the results carry the typed text.
    expect(writtenAt(result, 'Indicators', 'Nearest Neighbour Comparison', 1)).toBeUndefined();
    expect(writtenAt(result, 'Indicators', 'County Comparison', 1)).toBeUndefined();
    expect([result.indicators[0].nearestNeighbour, result.indicators[0].countyComparison]).toEqual(['1/9', 'Top']);
    const [peer] = result.peers!;
    expect([peer.rank, peer.nearestNeighbour, peer.countyComparison]).toEqual([undefined, undefined, undefined]);
    expect(peer.note).toBe("No figures for 2017-18 on the Peers sheet (it has 2016/17), so no rank: another period's figures are not used.");
    // No period is ranked, so no Rank on the Peers sheet either.
    expect([2, 3, 10].map((row) => writtenAt(result, 'Peers', 'Rank', row))).toEqual([null, null, null]);
  });

  it('without comparison columns, the finding sits on the Indicator cell', () => {
    const indicators: SheetGrid = { name: 'Indicators', values: [['Polarity', 'Indicator', 'Current Year (2017-18)'], ['Low is good', CRIME, 50]] };
    const result = calculate(indicators, peersGrid(ONLY_2016_17, header));
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['P005', 'Indicators', 'B2']]);
  });

  it('a matching period, however spelled (2016-17 is 2016/17), still computes 4/9 Average over the typed cells', () => {
    const result = calculate(indicatorsFor('2016-17'), peersGrid(ONLY_2016_17, header));
    expect(result.findings).toEqual([]);
    expect(writtenAt(result, 'Indicators', 'Nearest Neighbour Comparison', 1)).toBe('4/9');
    expect(writtenAt(result, 'Indicators', 'County Comparison', 1)).toBe('Average');
  });
});
