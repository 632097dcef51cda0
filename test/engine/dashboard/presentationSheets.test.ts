import {
  buildRiskHierarchy,
  calculateWorkbook,
  chartsInputFrom,
  DEFAULT_RISK_SETTINGS,
  reportingPeriod,
  RiskResult,
} from '../../../src/engine';
import { DASHBOARD_MAX_ROWS } from '../../../src/engine/dashboard/presentationSheets';
import { RISK_CHART_MAX_BARS } from '../../../src/engine/dashboard/chartsInputFrom';
import { districtsSampleGrid } from '../../../scripts/sample/districtsSheet';
import { generateRiskGrid, riskSampleGrid } from '../../../scripts/sample/riskSheet';
import { trendsSampleGrid } from '../../../scripts/sample/trendsSheet';
import { gridOf, SEED_HEADER, seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';

function risk(overrides: Partial<RiskResult>): RiskResult {
  return { sheet: 'Risk Matrix', row: 4, category: 'Robbery', probabilitySource: 'typed', harms: [], periodDiffers: false, notScored: false, reason: '', ...overrides };
}

describe('buildRiskHierarchy', () => {
  const bands = DEFAULT_RISK_SETTINGS.bands;

  test('is undefined without a rated row', () => {
    expect(buildRiskHierarchy(undefined, bands)).toBeUndefined();
    expect(buildRiskHierarchy([risk({ notScored: true })], bands)).toBeUndefined();
  });

  test('ranks rated rows first (ties keep sheet order), NO DATA last, and leaves out rows an error blocked', () => {
    const rows = [
      risk({ row: 4, category: 'Robbery', probability: 6, harmScore: 13, riskScore: 78, rating: 'LOW', rank: 3 }),
      risk({ row: 5, category: 'Modern slavery', harmScore: 14.333333, rating: 'NO DATA' }),
      risk({ row: 6, category: 'ASB', probability: 18, harmScore: 6, riskScore: 108, rating: 'LOW', rank: 2 }),
      risk({ row: 7, category: 'Bad row', notScored: true }),
      risk({ row: 8, category: 'Cyber crime**', probability: 12, harmScore: 9, riskScore: 108, rating: 'LOW', rank: 2 }),
      risk({ row: 9, category: 'Domestic abuse', probability: 15, harmScore: 16, riskScore: 240, rating: 'HIGH', rank: 1, periodDiffers: true, period: 'Jan-Dec 2016' }),
    ];
    const hierarchy = buildRiskHierarchy(rows, bands)!;
    expect(hierarchy.rows.map((r) => [r.rank, r.category, r.probability, r.harm, r.score, r.rating])).toEqual([
      ['1', 'Domestic abuse', '15', '16', '240', 'HIGH'],
      ['2', 'ASB', '18', '6', '108', 'LOW'],
      ['2', 'Cyber crime**', '12', '9', '108', 'LOW'],
      ['3', 'Robbery', '6', '13', '78', 'LOW'],
      ['-', 'Modern slavery', '-', '14.33', '-', 'NO DATA'],
    ]);
    expect(hierarchy.rows.map((r) => r.fill)).toEqual(['#C00000', '#92D050', '#92D050', '#92D050', '#BFBFBF']);
    expect(hierarchy.rows[0].values).toEqual({ rank: 1, probability: 15, harm: 16, score: 240 });
    expect(hierarchy.footnotes[0]).toBe('Domestic abuse: figures for Jan-Dec 2016, a different period from the other categories.');
    expect(hierarchy.footnotes[1]).toContain('Bands: LOW up to 108, MEDIUM up to 216, HIGH above 216');
  });

  test('carries the notes typed under the Risk Matrix; a starred category\'s own note replaces the period sentence', () => {
    const rows = [
      risk({ row: 4, category: 'Road casualties*', probability: 12, harmScore: 14.4, riskScore: 172.8, rating: 'MEDIUM', rank: 1, periodDiffers: true, period: '01/07/2015 - 30/09/2016' }),
      risk({ row: 5, category: 'Cyber crime**', probability: 12, harmScore: 9, riskScore: 108, rating: 'LOW', rank: 2, periodDiffers: true, period: '01/01/2016 - 31/12/2016' }),
    ];
    const typed = ['* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016'];
    const hierarchy = buildRiskHierarchy(rows, bands, typed)!;
    expect(hierarchy.footnotes.slice(0, 2)).toEqual([
      'Cyber crime**: figures for 01/01/2016 - 31/12/2016, a different period from the other categories.',
      '* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016',
    ]);
    expect(hierarchy.footnotes[2]).toMatch(/^Risk score = probability × harm score/);
  });

  test('a score just above a band edge is not rounded onto it', () => {
    const [row] = buildRiskHierarchy([risk({ probability: 12, harmScore: 9.0000834, riskScore: 108.001, rating: 'MEDIUM', rank: 1 })], bands)!.rows;
    expect([row.score, row.rating]).toEqual(['108.001', 'MEDIUM']);
  });
});

describe('calculateWorkbook: the Dashboard and Charts sheets', () => {
  const withRisk = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet(), riskSampleGrid()]);

  test('the title carries the Current period label, and the risk hierarchy sits below the key', () => {
    expect(reportingPeriod(withRisk)).toBe('2016-17');
    const dashboard = withRisk.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.rows[0][0].value).toBe('Safer Communities Performance Dashboard – 2016-17');
    const column = dashboard.rows.map((r) => r[0]?.value);
    const key = column.indexOf('Key');
    const title = column.indexOf('Risk rating by harm scores: priorities ranked');
    expect(key).toBeGreaterThan(0);
    expect(title).toBeGreaterThan(key);
    expect(dashboard.rows[title + 2].slice(1, 7).map((c) => c.value)).toEqual([1, 'Domestic abuse', 15, 16, 240, 'HIGH']);
  });

  test('the Charts sheet draws the risk scores rated LOW, MEDIUM or HIGH, never NO DATA', () => {
    const input = chartsInputFrom(withRisk);
    expect(input.riskBars).toHaveLength(9);
    expect(input.riskBars!.some((b) => b.category === 'Modern slavery')).toBe(false);
    expect(withRisk.plan.ownedSheets.map((s) => s.name)).toEqual(['Dashboard', 'Charts']);
    expect(withRisk.plan.charts!.map((c) => [c.sheet, c.title])).toEqual([['Charts', 'Risk score by category']]);
  });

  test('district groups and trend series become bar and line charts, with the county rate marked', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet(), districtsSampleGrid(), trendsSampleGrid()]);
    const input = chartsInputFrom(result);
    expect(input.districtBars!.map((d) => d.indicator)).toContain('Total Crime rate (per 1,000 population), 2016-17');
    const total = input.districtBars!.find((d) => d.indicator.startsWith('Total Crime'))!;
    expect(total.districts).toHaveLength(7);
    // The county rate from the district counts: 35,580 / 689,400 × 1,000 = 51.61.
    expect(total.county).toBeCloseTo(51.61, 2);
    expect(input.trendLines!.length).toBeGreaterThan(0);
    expect(result.plan.charts!.filter((c) => c.type === 'bar').length).toBe(input.districtBars!.length);
  });

  test('no Indicators sheet, no Dashboard; a Settings sheet alone draws nothing', () => {
    expect(calculateWorkbook([riskSampleGrid()]).plan.ownedSheets.map((s) => s.name)).toEqual(['Charts']);
    const settingsOnly = calculateWorkbook([seedSettingsSheet()]);
    expect(settingsOnly.plan.ownedSheets).toEqual([]);
    expect(settingsOnly.plan.charts).toBeUndefined();
  });

  test('a very large Risk Matrix leaves the hierarchy off the Dashboard and charts its highest scores', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), riskSampleGrid(), generateRiskGrid(DASHBOARD_MAX_ROWS + 200)]);
    const dashboard = result.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.rows.length).toBeLessThan(60);
    expect(String(dashboard.rows[dashboard.rows.length - 1][0].value)).toMatch(/^The Risk Matrix has 1,\d{3} rated categories, more than the 1,000 rows/);
    const bars = chartsInputFrom(result).riskBars!;
    expect(bars).toHaveLength(RISK_CHART_MAX_BARS);
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1].score).toBeGreaterThanOrEqual(bars[i].score);
  });

  test('more indicators than a board table can show gives a one-line Dashboard saying so', () => {
    const rows = Array.from({ length: DASHBOARD_MAX_ROWS + 1 }, (_, i) => ['Outcome', `Indicator ${i + 1}`, 10, 11]);
    const result = calculateWorkbook([gridOf('Indicators', [SEED_HEADER.slice(0, 4), ...rows])]);
    const dashboard = result.plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.rows).toHaveLength(4);
    expect(dashboard.rows[3][0].value).toMatch(/^This workbook has 1,001 indicators, more than the 1,000 rows/);
  });
});
