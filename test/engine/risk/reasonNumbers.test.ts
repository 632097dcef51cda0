import { DEFAULT_RISK_SETTINGS, calculateWorkbook } from '../../../src/engine';
import { riskSampleGrid } from '../../../scripts/sample/riskSheet';
import { seedIndicatorsSheet } from '../gridOf';
import { calculate, column, riskGrid, HEADERS } from './riskGrid';

const SEVEN = ['Category', 'Probability', 'Harm 1', 'Harm 2', 'Harm 3', 'Harm 4', 'Harm 5', 'Harm 6', 'Harm 7'];

describe("the Reason's arithmetic agrees with its rating near a band edge", () => {
  test('7 partners 15,15,15,15,16,16,16 at probability 14: the harm mean gets the decimals that make 14 × it = 216', () => {
    const { rows } = calculate(riskGrid([['Violence with injury', 14, 15, 15, 15, 15, 16, 16, 16]], SEVEN));
    // Hand-checked: mean 108/7 = 15.4285714…; 14 × 108/7 = 216, MEDIUM (up to and including 216).
    // 14 × 15.43 would be 216.02 (HIGH); 14 × 15.428571 = 215.999994, which shows as 216.
    expect(rows[0]).toMatchObject({ riskScore: 216, rating: 'MEDIUM' });
    expect(rows[0].reason).toBe('Probability 14 (typed) × harm score 15.428571 (mean of 7 partner scores, 15 to 16) = 216: MEDIUM (above 108, up to and including 216).');
  });

  test('typed harms 6 and 6.001 at probability 18: the partner scores as typed and the mean 6.0005, so 18 × 6.0005 = 108.01', () => {
    const { rows } = calculate(riskGrid([['Anti-social behaviour (ASB)', 18, 6, 6.001]], SEVEN.slice(0, 4)));
    // Hand-checked: (6 + 6.001) / 2 = 6.0005; 18 × 6.0005 = 108.009, shown 108.01, above the LOW bound 108.
    expect(rows[0].rating).toBe('MEDIUM');
    expect(rows[0].reason).toBe('Probability 18 (typed) × harm score 6.0005 (mean of 2 partner scores, 6 to 6.001) = 108.01: MEDIUM (above 108, up to and including 216).');
  });

  test('two decimals stay when they add up: the sample\'s 14.33 × 12 = 172', () => {
    const { rows } = calculate(riskGrid([['Modern slavery', 12, 15, 14, 12, 15, 16, 14]], SEVEN.slice(0, 8)));
    // Hand-checked: 86/6 = 14.333…; 12 × 86/6 = 172; 12 × 14.33 = 171.96, MEDIUM like 172 and on no bound: two decimals.
    expect(rows[0].reason).toBe('Probability 12 (typed) × harm score 14.33 (mean of 6 partner scores, 12 to 16) = 172: MEDIUM (above 108, up to and including 216).');
    const { rows: plain } = calculate(riskGrid([['Violence with injury', 12, 14, 15, 13, 15]], SEVEN.slice(0, 6)));
    // Hand-checked: 57/4 = 14.25 exactly; 12 × 14.25 = 171.
    expect(plain[0].reason).toBe('Probability 12 (typed) × harm score 14.25 (mean of 4 partner scores, 13 to 15) = 171: MEDIUM (above 108, up to and including 216).');
  });
});

describe('the volume in the Reason is shown as typed', () => {
  test('Probability bands "10:3, 50:6": volume 49.999 is in band 10 to under 50, not "from volume 50"', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, probabilityBands: [{ minVolume: 10, score: 3 }, { minVolume: 50, score: 6 }] };
    const { rows } = calculate(riskGrid([['Hate crime', 49.999, null, 13, 12, 14, '2016/17']]), settings);
    // Hand-checked: 49.999 < 50 → 3; 3 × 13 = 39, LOW.
    expect(rows[0].reason).toBe('Probability 3 (from volume 49.999, band 10 to under 50) × harm score 13 (mean of 3 partner scores, 12 to 14) = 39: LOW (up to and including 108).');
  });
});

describe('the Harm score cells show the two decimals the Reason uses', () => {
  test("the sample's Modern slavery (86/6 = 14.33) on the Risk Matrix and the Dashboard, formatted 0.0#", () => {
    const grid = riskSampleGrid();
    const { columns } = calculate(grid);
    const harm = column(columns, 'Harm score');
    const slavery = harm.cells[grid.values.findIndex((r) => r[0] === 'Modern slavery') - harm.firstRow];
    expect(slavery).toEqual({ value: expect.closeTo(14.3333, 4), numberFormat: '0.0#' });

    const dashboard = calculateWorkbook([seedIndicatorsSheet(), grid]).plan.ownedSheets.find((s) => s.name === 'Dashboard')!;
    const row = dashboard.rows.find((r) => r[2]?.value === 'Modern slavery')!;
    expect([row[4].value, row[4].numberFormat]).toEqual([expect.closeTo(14.3333, 4), '0.0#']);
  });

  test('a whole harm score still shows one decimal under 0.0# (14.0)', () => {
    const { columns } = calculate(riskGrid([['Robbery', null, 6, 14, 14, 14, '2016/17']], HEADERS));
    expect(column(columns, 'Harm score').cells[0]).toEqual({ value: 14, numberFormat: '0.0#' });
  });
});
