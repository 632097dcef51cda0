import { CellValue, SheetGrid, calculateWorkbook } from '../../../src/engine';

const HEADER: CellValue[] = ['Indicator', 'Polarity', 'Measure', 'Previous count', 'Previous denominator', 'Current count', 'Current denominator', 'Previous value', 'Current value'];

function run(rows: CellValue[][], settings: CellValue[][] = [['Direction method', 'significance']]) {
  const indicators: SheetGrid = { name: 'Indicators', values: [HEADER, ...rows] };
  const sheet: SheetGrid = { name: 'Settings', values: [['Setting', 'Value'], ...settings] };
  return calculateWorkbook([indicators, sheet]);
}

describe('Direction method = significance (issue 3 §4)', () => {
  it('rates: a significant rise by the rate ratio interval is ↓ when low is good (seed 002 total crime)', () => {
    // 35,580 / 689,400 against 32,287 / 683,900: RR = 51.61 / 47.21 = 1.0932; log-method check
    // exp(ln 1.0932 ± 1.96·√(1/35580 + 1/32287)) = 1.0769 to 1.1098, which excludes 1.
    const [row] = run([['Total crime', 'Low is good', 'Rate per 1,000', 32_287, 683_900, 35_580, 689_400]]).indicators;
    expect(row.direction).toBe('↓');
    expect(row.reason).toContain('rate ratio 1.093 (95% CI 1.077 to 1.110) excludes no change: statistically significant; low is good, so deteriorating.');
  });

  it('rates: a 25% rise on small counts is within what chance would give, so →, where the stable band would say ↓', () => {
    // 25 against 20 in 10,000: exact conditional interval 0.667 to 2.373 includes 1.
    const rows: CellValue[][] = [['Rare', 'Low is good', 'Rate per 1,000', 20, 10_000, 25, 10_000]];
    const [significance] = run(rows).indicators;
    expect(significance.direction).toBe('→');
    expect(significance.reason).toContain('rate ratio 1.250 (95% CI 0.667 to 2.373) includes no change: within what chance would give, so stable.');
    const [tolerance] = run(rows, []).indicators;
    expect(tolerance.direction).toBe('↓');
  });

  it('proportions: Newcombe interval for the difference; a significant rise is ↑ when high is good', () => {
    // 70/100 against 50/100: d = +20 points, Newcombe hybrid score 95% CI +6.4 to +32.6 points.
    const [row] = run([['Satisfied', 'High is good', 'Percentage', 50, 100, 70, 100]]).indicators;
    expect(row.direction).toBe('↑');
    expect(row.reason).toContain('difference +20 percentage points (95% CI +6.4 to +32.6)');
    // 55/100 against 50/100: CI −8.7 to +18.4 points includes 0.
    const [flat] = run([['Satisfied', 'High is good', 'Percentage', 50, 100, 55, 100]]).indicators;
    expect(flat.direction).toBe('→');
    expect(flat.reason).toContain('within what chance would give');
  });

  it('without counts it falls back to the stable band and the Reason says so', () => {
    const [row] = run([['Survey', 'High is good', 'Percentage', null, null, null, null, 0.9, 0.8]]).indicators;
    expect(row.direction).toBe('↓');
    expect(row.reason).toContain('beyond the ±5% stable band');
    expect(row.reason).toContain('The significance method needs counts on both sides; without them the stable band was used.');
  });

  it('a Count measure (counts with no population) falls back to the stable band, saying why, and shows whole counts', () => {
    // Seed 002: first-time entrants 124 → 83, as counts.
    const [row] = run([['First time entrants', 'Low is good', 'Count', 124, null, 83, null]]).indicators;
    expect(row.direction).toBe('↑');
    expect(row.reason).toMatch(/^Count fell 33\.1% \(124 → 83\), beyond the ±5% stable band; low is good, so improving\./);
    expect(row.reason).toContain('Counts without a population or base give no confidence interval, so the stable band was used.');
    expect(row.reason).not.toContain('needs counts on both sides');
  });

  it('the 99.8% level widens the interval', () => {
    // 135 against 100 in 10,000 (exact conditional, as R's poisson.test): RR 1.35, 95% CI 1.035 to
    // 1.766 excludes 1; 99.8% CI 0.893 to 2.058 includes it.
    const rows: CellValue[][] = [['Rate', 'Low is good', 'Rate per 1,000', 100, 10_000, 135, 10_000]];
    expect(run(rows).indicators[0].direction).toBe('↓');
    expect(run(rows, [['Direction method', 'significance'], ['Confidence level', '99.8%']]).indicators[0].direction).toBe('→');
  });
});

describe('Small numbers and suppression on the Indicators sheet (issue 3 §6)', () => {
  const rows: CellValue[][] = [['Rare', 'Low is good', 'Rate per 1,000', 4, 10_000, 9, 10_000]];

  it('the Reason marks rates from counts below the Small number threshold as unstable', () => {
    const [row] = run(rows, []).indicators;
    expect(row.reason).toContain('Only 4 and 9 events in both periods: a rate from fewer than 10 events is unstable.');
  });

  it('Suppress below writes * for the rates of counts 1 to N-1, and the Reason shows * for them', () => {
    const result = run(rows, [['Suppress below', 5]]);
    const previousRate = result.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'Previous rate')!;
    const currentRate = result.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'Current rate')!;
    expect(previousRate.cells[0]?.value).toBe('*');
    expect(currentRate.cells[0]?.value).toBeCloseTo(0.9, 10);
    expect(result.indicators[0].reason).toContain('(* → 0.90)');
    expect(result.indicators[0].reason).toContain('Fewer than 10 events in both periods');
  });

  it('a suppressed figure is not given back anywhere for publication: * on the Dashboard, no Change %, no change or interval in the Reason', () => {
    // 50 in 10,000 (5.00 per 1,000) to 5 in 10,000 (0.50): the 5 is hidden under Suppress below 10.
    const hiddenRow: CellValue[][] = [['Crime rate', 'Low is good', 'Rate per 1,000', 50, 10_000, 5, 10_000]];
    for (const method of ['tolerance', 'significance']) {
      const result = run(hiddenRow, [['Suppress below', 10], ['Direction method', method]]);
      const [row] = result.indicators;
      expect(row.current.display).toBe('*');
      expect(row.changePercent).toBeUndefined();
      expect(row.direction).toBe('↑');
      expect(row.reason).toMatch(/^Rate fell \(5\.00 → \*\)[,;]/);
      expect(row.reason).not.toMatch(/0\.5|90|ratio|CI/);
      const change = result.plan.columns.find((c) => c.sheet === 'Indicators' && c.header === 'Change %')!;
      expect(change.cells[0]?.value ?? null).toBeNull();
      const dashboard = result.plan.ownedSheets.find((sheet) => sheet.name === 'Dashboard')!;
      const shown = JSON.stringify(dashboard.rows.map((cells) => cells.map((cell) => cell?.value)));
      expect(shown).toContain('"*"');
      expect(shown).not.toMatch(/0\.5|-0\.9|90/);
    }
  });
});

