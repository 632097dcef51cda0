import { DEFAULT_RISK_SETTINGS, calculateRiskSheet, locateRiskTable } from '../../../src/engine';
import { RISK_HEADER_ROW, RISK_SAMPLE_ROWS, generateRiskGrid, riskSampleGrid } from '../../../scripts/sample/riskSheet';
import { calculate } from './riskGrid';

describe('the sample Risk Matrix (seed 002, Appendix 2 categories)', () => {
  const grid = riskSampleGrid();
  const located = locateRiskTable(grid);

  test('is recognised below its title rows, its data ending at the footnotes', () => {
    expect(located?.table).toMatchObject({ headerRow: RISK_HEADER_ROW, endRow: RISK_HEADER_ROW + 1 + RISK_SAMPLE_ROWS.length });
    expect(located?.harmColumns).toHaveLength(6);
    expect(located?.table.footnotes.map((f) => f.text.slice(0, 2))).toEqual(['* ', '**', 'No']);
  });

  test('gives the hand-checked ranked hierarchy', () => {
    // Hand-checked: probability × mean of the partners' harm scores.
    const { rows } = calculate(grid);
    expect(rows.map((r) => [r.category, r.riskScore, r.rating, r.rank])).toEqual([
      ['Domestic abuse', 240, 'HIGH', 1], // 15 × 96/6
      ['Anti-social behaviour (ASB)', 108, 'LOW', 6], // 18 × 36/6, on the LOW bound
      ['Violence with injury', 168, 'MEDIUM', 3], // 12 × 84/6
      ['Domestic burglary', 120, 'MEDIUM', 4], // 12 × 60/6
      ['Vehicle crime', 97.5, 'LOW', 8], // derived 15 (5,026) × 39/6
      ['Robbery', 78, 'LOW', 9], // 6 × 78/6
      ['Hate crime', 117, 'MEDIUM', 5], // 9 × 78/6
      ['Cyber crime**', 108, 'LOW', 6], // derived 12 (1,150) × 54/6, tied with ASB
      ['Road casualties*', 172.8, 'MEDIUM', 2], // 12 × 72/5, Probation blank
      ['Modern slavery', undefined, 'NO DATA', undefined], // no volume or probability
    ]);
  });

  test('warns on the two footnoted periods and on the cyber crime disagreement, with no errors', () => {
    const { findings } = calculate(grid);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['R003', 'warning', 'J12'],
      ['R004', 'warning', 'A12'],
      ['R003', 'warning', 'J13'],
    ]);
  });
});

describe('a generated 10,000-category sheet', () => {
  test('calculates every row', () => {
    const grid = generateRiskGrid(10_000);
    const located = locateRiskTable(grid);
    expect(located).toBeDefined();
    if (!located) return;
    const { rows, columns } = calculateRiskSheet(grid, located.table, DEFAULT_RISK_SETTINGS);
    expect(rows).toHaveLength(10_000);
    expect(columns).toHaveLength(5);
    expect(columns.every((c) => c.cells.length === 10_000)).toBe(true);
    const ranked = rows.filter((r) => r.rank !== undefined);
    expect(ranked.length).toBeGreaterThan(9_000);
    expect(Math.min(...ranked.map((r) => r.rank ?? Infinity))).toBe(1);
  });
});
