import { CHART_RISK_COLOURS, buildRiskHierarchy, calculateWorkbook, chartsInputFrom, riskHierarchyFor, riskSettingsFrom, DEFAULT_SETTINGS, type CellValue, type RiskResult } from '../../../src/engine';
import { riskChartColours } from '../../../src/engine/charts/chartPalette';
import { gridOf, seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';

const HEADER: CellValue[] = ['Category', 'Probability', 'Harm (Police)', 'Harm (County Council)'];
const riskSheet = (name: string, rows: CellValue[][]) => gridOf(name, [[`Risk Rating by Harm Scores - ${name}`], HEADER, ...rows]);
const settings = (rows: CellValue[][]) => gridOf('Settings', [['Setting', 'Value'], ...rows]);

function risk(overrides: Partial<RiskResult>): RiskResult {
  return { sheet: 'Risk Matrix', row: 4, category: 'Robbery', probabilitySource: 'typed', harms: [], periodDiffers: false, notScored: false, reason: '', ...overrides };
}

describe('risk hierarchy: scores beside a band bound, typed probabilities', () => {
  const bands = riskSettingsFrom(DEFAULT_SETTINGS).bands;

  test('108.01 and 216.01 get a number format showing their decimals; 108 keeps one decimal', () => {
    const rows = buildRiskHierarchy([
      risk({ category: 'ASB', probability: 12, harmScore: 9.000833, riskScore: 108.01, rating: 'MEDIUM', rank: 2 }),
      risk({ category: 'Burglary', probability: 16.001, harmScore: 13.5, riskScore: 216.0135, rating: 'HIGH', rank: 1 }),
      risk({ category: 'Robbery', probability: 12, harmScore: 9, riskScore: 108, rating: 'LOW', rank: 3 }),
    ], bands)!.rows;
    expect(rows.map((r) => [r.category, r.probability, r.score, r.scoreFormat])).toEqual([
      ['Burglary', '16.001', '216.01', '0.0#####'],
      ['ASB', '12', '108.01', '0.0#####'],
      ['Robbery', '12', '108', '0.0'],
    ]);
  });

  test('the Dashboard sheet writes those formats in its Risk score cells', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), riskSheet('Risk Matrix', [['ASB', 12, 9.000833333333333, 9.000833333333333], ['Robbery', 12, 9, 9]])]);
    const dashboard = result.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    const asb = dashboard.rows.find((r) => r[2]?.value === 'ASB')!;
    const robbery = dashboard.rows.find((r) => r[2]?.value === 'Robbery')!;
    expect([asb[5].value, asb[5].numberFormat, asb[6].value]).toEqual([expect.closeTo(108.01, 9), '0.0#####', 'MEDIUM']);
    expect([robbery[5].value, robbery[5].numberFormat, robbery[6].value]).toEqual([108, '0.0', 'LOW']);
  });
});

describe('two Risk Matrix sheets in one workbook', () => {
  // Burglary 10 × 12 = 120 and ASB 12 × 9 = 108 in 2016; 12 × 12 = 144 and 10 × 9 = 90 in 2017.
  const result = calculateWorkbook([
    seedIndicatorsSheet(),
    riskSheet('Risk 2016', [['Burglary', 10, 12, 12], ['ASB', 12, 9, 9]]),
    riskSheet('Risk 2017', [['Burglary', 12, 12, 12], ['ASB', 10, 9, 9]]),
  ]);

  test('both are calculated on their own sheets', () => {
    expect(result.risk!.map((r) => [r.sheet, r.category, r.riskScore, r.rank])).toEqual([
      ['Risk 2016', 'Burglary', 120, 1],
      ['Risk 2016', 'ASB', 108, 2],
      ['Risk 2017', 'Burglary', 144, 1],
      ['Risk 2017', 'ASB', 90, 2],
    ]);
  });

  test('the hierarchy is the first sheet\'s alone, named in its title and notes', () => {
    const hierarchy = riskHierarchyFor(result)!;
    expect(hierarchy.title).toBe('Risk rating by harm scores: priorities ranked (sheet "Risk 2016")');
    expect(hierarchy.rows.map((r) => [r.rank, r.category, r.score])).toEqual([['1', 'Burglary', '120'], ['2', 'ASB', '108']]);
    expect(hierarchy.footnotes.at(-1)).toBe('Only the first Risk Matrix sheet, "Risk 2016", is ranked here; "Risk 2017" is calculated on its own sheet.');
    const dashboard = result.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.rows.some((r) => r[0]?.value === 'Risk rating by harm scores: priorities ranked (sheet "Risk 2016")')).toBe(true);
  });

  test('warning R009 on the other sheet\'s Category header says it is not in the hierarchy', () => {
    const r009 = result.findings.filter((f) => f.code === 'R009');
    expect(r009).toEqual([expect.objectContaining({ sheet: 'Risk 2017', cell: 'A2', severity: 'warning' })]);
    expect(r009[0].message).toContain('built from the first Risk Matrix sheet, "Risk 2016", alone');
  });

  test('the Risk chart draws the first sheet\'s scores only', () => {
    expect(chartsInputFrom(result).riskBars!.map((b) => [b.category, b.score])).toEqual([['Burglary', 120], ['ASB', 108]]);
  });

  test('one Risk Matrix sheet: the title is unchanged and there is no R009', () => {
    const one = calculateWorkbook([seedIndicatorsSheet(), riskSheet('Risk 2016', [['Burglary', 10, 12, 12]])]);
    expect(riskHierarchyFor(one)!.title).toBe('Risk rating by harm scores: priorities ranked');
    expect(one.findings.some((f) => f.code === 'R009')).toBe(false);
  });
});

describe('risk bands and colours from Settings, through to the hierarchy and the chart', () => {
  // 6 × 9 = 54 LOW, 6 × 10 = 60 MEDIUM 1, 12 × 15 = 180 MEDIUM 2, 14 × 15.5 = 217 HIGH.
  const rows: CellValue[][] = [['Robbery', 6, 9, 9], ['Burglary', 6, 10, 10], ['ASB', 12, 15, 15], ['Domestic abuse', 14, 15.5, 15.5]];

  test('four bands without colours: every band is charted, in four steps of the chart oranges', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), settings([['Risk bands', '54, 108, 216']]), riskSheet('Risk Matrix', rows)]);
    const input = chartsInputFrom(result);
    expect(input.riskBars!.map((b) => b.rating)).toEqual(['HIGH', 'MEDIUM 2', 'MEDIUM 1', 'LOW']);
    const chart = result.plan.charts!.find((c) => c.title === 'Risk score by category')!;
    const oranges = riskChartColours(4);
    expect(oranges).toEqual(['#FDD0A2', '#FD8D3C', '#D94801', '#7F2704']);
    expect(chart.pointColours).toEqual([oranges[3], oranges[2], oranges[1], oranges[0]]);
    expect(riskHierarchyFor(result)!.rows.map((r) => [r.rating, r.fill])).toEqual([
      ['HIGH', '#C00000'],
      ['MEDIUM 2', '#FFC000'],
      ['MEDIUM 1', '#FFC000'],
      ['LOW', '#92D050'],
    ]);
  });

  test('the default three bands keep the chart\'s greyscale-safe oranges', () => {
    expect(riskChartColours(3)).toEqual([CHART_RISK_COLOURS.LOW, CHART_RISK_COLOURS.MEDIUM, CHART_RISK_COLOURS.HIGH]);
    const result = calculateWorkbook([riskSheet('Risk Matrix', [['Robbery', 6, 9, 9], ['Domestic abuse', 14, 15.5, 15.5]])]);
    expect(result.plan.charts![0].pointColours).toEqual([CHART_RISK_COLOURS.HIGH, CHART_RISK_COLOURS.LOW]);
  });

  test('Risk band colours fill the rating cells, the hierarchy and the chart alike, text by contrast', () => {
    const result = calculateWorkbook([
      seedIndicatorsSheet(),
      seedSettingsSheet([['Risk bands', '54, 108, 216'], ['Risk band colours', '#FFFFFF, yellow, #FF8000, #000000']]),
      riskSheet('Risk Matrix', rows),
    ]);
    expect(result.findings.filter((f) => f.sheet === 'Settings')).toEqual([]);
    const ratings = result.plan.columns.find((c) => c.sheet === 'Risk Matrix' && c.header === 'Risk rating')!;
    expect(ratings.cells.map((c) => [c?.value, c?.fill, c?.fontColor])).toEqual([
      ['LOW', '#FFFFFF', '#000000'],
      ['MEDIUM 1', '#FFFF00', '#000000'],
      ['MEDIUM 2', '#FF8000', '#000000'],
      ['HIGH', '#000000', '#FFFFFF'],
    ]);
    expect(riskHierarchyFor(result)!.rows.map((r) => [r.rating, r.fill, r.fontColor])).toEqual([
      ['HIGH', '#000000', '#FFFFFF'],
      ['MEDIUM 2', '#FF8000', '#000000'],
      ['MEDIUM 1', '#FFFF00', '#000000'],
      ['LOW', '#FFFFFF', '#000000'],
    ]);
    const dashboard = result.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.rows.find((r) => r[2]?.value === 'Domestic abuse')![6]).toMatchObject({ value: 'HIGH', fill: '#000000', fontColor: '#FFFFFF' });
    const chart = result.plan.charts!.find((c) => c.title === 'Risk score by category')!;
    expect(chart.pointColours).toEqual(['#000000', '#FF8000', '#FFFF00', '#FFFFFF']);
  });

  test('colours that do not fit the bands: V016 on the Settings cell, the default colours everywhere', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), settings([['Risk band colours', '#FFFFFF, #000000']]), riskSheet('Risk Matrix', rows)]);
    expect(result.findings.filter((f) => f.code === 'V016')).toEqual([expect.objectContaining({ sheet: 'Settings', cell: 'B2' })]);
    const ratings = result.plan.columns.find((c) => c.sheet === 'Risk Matrix' && c.header === 'Risk rating')!;
    expect(ratings.cells.map((c) => c?.fill)).toEqual(['#92D050', '#92D050', '#FFC000', '#C00000']);
    expect(result.plan.charts![0].pointColours).toEqual([CHART_RISK_COLOURS.HIGH, CHART_RISK_COLOURS.MEDIUM, CHART_RISK_COLOURS.LOW, CHART_RISK_COLOURS.LOW]);
  });
});
