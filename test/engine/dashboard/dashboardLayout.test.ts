import { calculateWorkbook, dashboardLayout } from '../../../src/engine';
import { DASHBOARD_MAX_ROWS } from '../../../src/engine/dashboard/presentationSheets';
import { generateRiskGrid, riskSampleGrid } from '../../../scripts/sample/riskSheet';
import { seedIndicatorsSheet } from '../gridOf';

/** Each listed row as "row: name", 1-based as Excel shows it. */
function listed(rows: ReturnType<typeof dashboardLayout>) {
  return [...(rows?.rows ?? [])].map(([row, source]) => `${row + 1}: ${'risk' in source ? `risk ${source.risk.category}` : source.indicator.indicator}`);
}

describe('dashboardLayout', () => {
  test('is the Dashboard sheet written, with the indicator on each table row and the category on each hierarchy row', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), riskSampleGrid()]);
    const layout = dashboardLayout(result)!;
    expect(layout.sheet).toEqual(result.plan.ownedSheets.find((s) => s.name === 'Dashboard'));
    const rows = listed(layout);
    // Seed 002: twelve indicators on rows 4-15 under the heading, the mark and the column headers.
    expect(rows.slice(0, 2)).toEqual(['4: Total Crime rate (per 1,000 population)', '5: Domestic Burglary rate (per 1,000 population)']);
    expect(rows.filter((r) => !r.includes('risk'))).toHaveLength(12);
    expect(rows.filter((r) => r.includes('risk'))).toHaveLength(10);
    // The hierarchy's rows show what their cells say.
    for (const [row, source] of layout.rows) {
      if ('risk' in source) expect(layout.sheet.rows[row][2].value).toBe(source.risk.category);
      else expect(layout.sheet.rows[row][2].value).toBe(source.indicator.indicator);
    }
    expect(layout.columns.slice(5, 10)).toEqual(['direction', 'progress', 'nearestNeighbour', 'countyComparison', 'districtComparison']);
  });

  test('a hierarchy too long to draw leaves no risk rows listed', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), generateRiskGrid(DASHBOARD_MAX_ROWS + 200)]);
    const rows = listed(dashboardLayout(result));
    expect(rows).toHaveLength(12);
    expect(rows.some((r) => r.includes('risk'))).toBe(false);
  });

  test('is undefined without an Indicators sheet', () => {
    expect(dashboardLayout(calculateWorkbook([riskSampleGrid()]))).toBeUndefined();
  });
});
