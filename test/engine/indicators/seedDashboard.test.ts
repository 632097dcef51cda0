import { calculateWorkbook, type IndicatorResult } from '../../../src/engine';
import { SEED_FOOTNOTES, seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';

/** Seed 002, Appendix 1 (Quarter 4 2016/17), under the default rules (contract §8a). */
describe('the seed dashboard under the default rules', () => {
  const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet()]);
  const row = (start: string): IndicatorResult => {
    const found = result.indicators.find((i) => i.indicator.startsWith(start));
    if (!found) throw new Error(`no indicator ${start}`);
    return found;
  };

  it('reads all twelve indicators and no errors', () => {
    expect(result.indicators).toHaveLength(12);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('total crime 47.21 → 51.61 (from counts): +9.32%, ↓, Amber, with the numbers in the Reason', () => {
    const crime = row('Total Crime');
    // 32,287 / 683,900 × 1,000 = 47.2101; 35,580 / 689,400 × 1,000 = 51.6101; 51.6101 / 47.2101 − 1 = 0.0932.
    expect(crime.previousRate).toBeCloseTo(47.2101, 4);
    expect(crime.currentRate).toBeCloseTo(51.6101, 4);
    expect(crime.changePercent!.toFixed(4)).toBe('0.0932');
    expect(crime.direction).toBe('↓');
    expect(crime.rag).toBe('A');
    expect(crime.reason).toBe(
      'Rate rose 9.3% (47.21 → 51.61), beyond the ±5% stable band; low is good, so deteriorating. Within the 15% red threshold: Amber.',
    );
  });

  it.each([
    ['Rate of re-offending', 'D10', 'Q3 tracking'],
    ['Number of first time entrants', 'D11', 'April -Dec2016'],
  ])('%s: a part-year current figure gets no change, arrow or RAG and a warning naming %s', (start, cell, period) => {
    const indicator = row(start);
    expect(indicator.changePercent).toBeUndefined();
    expect(indicator.direction).toBeUndefined();
    expect(indicator.rag).toBeUndefined();
    expect(indicator.notLikeForLike).toBe(true);
    expect(indicator.reason).toContain(`part year (${period})`);
    const warning = result.findings.find((f) => f.cell === cell);
    expect(warning).toMatchObject({ code: 'V011', severity: 'warning', sheet: 'Indicators' });
    expect(warning!.message).toContain(period);
  });

  it('MARAC 28% → 37% in range 28%-40%: ↑ (toward the middle), Green', () => {
    const marac = row('% of domestic violence cases reviewed at MARAC');
    expect(marac.changePercent).toBeCloseTo(0.3214, 4); // (0.37 − 0.28) / 0.28
    expect(marac.direction).toBe('↑');
    expect(marac.rag).toBe('G');
    expect(marac.previous.period).toBe('Apr2015-Mar2016');
    expect(marac.current.period).toBe('Jan2016-Dec2016');
  });

  it('satisfaction 92.7% → 84.5%, high is good: −8.85%, ↓, Amber', () => {
    const satisfaction = row('% of people who feel the police');
    expect(satisfaction.changePercent!.toFixed(4)).toBe('-0.0885');
    expect(satisfaction.direction).toBe('↓');
    expect(satisfaction.rag).toBe('A');
  });

  it('a percentage Reason gives the change in percentage points beside the relative change, so 32.1% is not read as points', () => {
    expect(row('% of domestic violence cases reviewed at MARAC').reason).toMatch(/^Percentage rose 32\.1% \(28% → 37%, up 9 percentage points\), /);
    expect(row('% of people who feel the police').reason).toMatch(/^Percentage fell 8\.8% \(92\.7% → 84\.5%, down 8\.2 percentage points\), /);
  });

  it('violence with injury 2.95 → 3.93 (+33%): ↓ and Red, beyond the 15% red threshold', () => {
    const violence = row('Violence with Injury');
    expect(violence.changePercent).toBeCloseTo(0.3317, 4); // 3.9295 / 2.9507 − 1
    expect(violence.direction).toBe('↓');
    expect(violence.rag).toBe('R');
    expect(violence.reason).toContain('Beyond the 15% red threshold: Red.');
  });

  it('domestic abuse referrals 2003* → 1611**: not comparable, because footnote * says the figure is estimated', () => {
    const referrals = row('Number of referrals');
    expect(referrals.notLikeForLike).toBe(true);
    expect(referrals.direction).toBeUndefined();
    expect(referrals.rag).toBeUndefined();
    expect(referrals.footnotes).toEqual(['*', '**']);
    const warnings = result.findings.filter((f) => f.code === 'V013');
    expect(warnings.map((f) => f.cell)).toEqual(['C13']); // ** explains, without saying "estimate": no warning for D13
    expect(warnings[0].raw).toBe('2003*');
    expect(result.footnotes?.map((f) => f.text)).toEqual(SEED_FOOTNOTES);
  });

  it('a footnote mark with no footnote under the table is still flagged, to be safe', () => {
    const bare = calculateWorkbook([seedIndicatorsSheet([]), seedSettingsSheet()]);
    const referrals = bare.indicators.find((i) => i.indicator.startsWith('Number of referrals'))!;
    expect(referrals.notLikeForLike).toBe(true);
    expect(bare.findings.filter((f) => f.code === 'V014').map((f) => f.cell)).toEqual(['C13', 'D13']);
  });

  it('stable rows: vehicle crime +3.1% and ASB victims 5.4% → 5.4% are → and Amber', () => {
    expect([row('Vehicle Crime').direction, row('Vehicle Crime').rag]).toEqual(['→', 'A']);
    const asb = row('% of people stating that they have been a victim');
    expect([asb.changePercent, asb.direction, asb.rag]).toEqual([0, '→', 'A']);
    expect(asb.previous.display).toBe('5.4%');
  });

  it('hate incidents 0.58 → 0.66, high is good (reporting): ↑, Green', () => {
    expect([row('Reported hate').direction, row('Reported hate').rag]).toEqual(['↑', 'G']);
  });

  it('overall RAG by mean: crime A, A, A, R → 1.75 → Amber; vulnerable G alone → Green', () => {
    const overall = new Map(result.outcomes.map((o) => [o.outcome, o.overallRag]));
    expect(overall.get('Ongoing reductions in crime')).toBe('A');
    expect(overall.get('Protect and support the most vulnerable in communities')).toBe('G');
    expect(row('Domestic Burglary').overallRag).toBe('A');
  });

  it('keeps the typed Nearest Neighbour and County Comparison cells as they are', () => {
    expect(row('Total Crime').nearestNeighbour).toBe('4/9');
    expect(row('Total Crime').countyComparison).toBe('Top');
    const nn = result.plan.columns.find((c) => c.header === 'Nearest Neighbour Comparison')!;
    expect(nn.writeHeader).toBe(false);
    expect(nn.cells.every((c) => c === null)).toBe(true);
  });
});
