import { chiSquareLinearTrend } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: R's documented example prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)),
// X-squared = 8.2249, p-value = 0.004132 (stats package help page); other statistics from an independent
// Python implementation of the Armitage deviation form (Σnᵢ(pᵢ − p̄)(tᵢ − t̄))² / (p̄(1 − p̄)Σnᵢ(tᵢ − t̄)²)
// with scipy 1.17.1 chi2.sf for the p-value; 4 significant figures. The population of 70,000 for
// first-time entrants is illustrative (the seeds give no denominator).
const FLAT_POP = [10000, 10000, 10000, 10000, 10000];

describe('chiSquareLinearTrend', () => {
  it('cannot be calculated with too few points, mismatched arrays or bad counts', () => {
    expect(chiSquareLinearTrend([1, 2, 3, 4], [10, 10, 10, 10]).trend).toBe('Cannot be calculated');
    expect(chiSquareLinearTrend([1, 2, 3, 4, 5], [10, 10, 10, 10]).trend).toBe('Cannot be calculated');
    expect(chiSquareLinearTrend([1, 2, 3, 4, 11], [10, 10, 10, 10, 10]).trend).toBe('Cannot be calculated');
    expect(chiSquareLinearTrend([1, 2, -3, 4, 5], [10, 10, 10, 10, 10]).trend).toBe('Cannot be calculated');
    expect(chiSquareLinearTrend([1, 2, 3, 4, 5], [10, 10, 0, 10, 10]).trend).toBe('Cannot be calculated');
    const none = chiSquareLinearTrend([0, 0, 0, 0, 0], FLAT_POP);
    expect(none.trend).toBe('Cannot be calculated');
    expect(none.reason).toMatch(/no events/);
  });

  it("reproduces R's prop.trend.test example", () => {
    const result = chiSquareLinearTrend([83, 90, 129, 70], [86, 93, 136, 82], { points: 4, level: 0.95 });
    expectSignificantFigures(result.statistic, 8.2249, 5);
    expectSignificantFigures(result.pValue, 0.004132, 4);
  });

  it('finds a clearly rising series Increasing at the Fingertips 99.8% level', () => {
    const result = chiSquareLinearTrend([50, 60, 70, 80, 90], FLAT_POP);
    expect(result.trend).toBe('Increasing');
    expectSignificantFigures(result.statistic, 14.38642);
    expectSignificantFigures(result.pValue, 0.0001488721);
  });

  it('finds the mirror series Decreasing with the same statistic', () => {
    const result = chiSquareLinearTrend([90, 80, 70, 60, 50], FLAT_POP);
    expect(result.trend).toBe('Decreasing');
    expectSignificantFigures(result.statistic, 14.38642);
  });

  it('finds a flat series No significant change', () => {
    const result = chiSquareLinearTrend([50, 52, 49, 51, 50], FLAT_POP);
    expect(result.trend).toBe('No significant change');
    expectSignificantFigures(result.statistic, 0.001994178);
    expectSignificantFigures(result.pValue, 0.9643813);
  });

  it('uses only the latest five first-time entrant figures (101, 100, 111, 88, 84)', () => {
    const counts = [190, 124, 126, 101, 100, 111, 88, 84];
    const result = chiSquareLinearTrend(counts, counts.map(() => 70000));
    expect(result.trend).toBe('No significant change');
    expectSignificantFigures(result.statistic, 2.188977);
    expectSignificantFigures(result.pValue, 0.1390016);
  });

  it('does not call a trend that one point alone drives (Fingertips outlier check)', () => {
    const result = chiSquareLinearTrend([52, 50, 51, 49, 120], FLAT_POP);
    expectSignificantFigures(result.statistic, 28.48312);
    expect(result.trend).toBe('No significant change');
    expect(result.reason).toMatch(/one point/);
  });

  it('depends on the level: p = 0.0139 is significant at 95% but not at 99.8%', () => {
    const counts = [2, 3, 4, 6, 9];
    const pops = [1000, 1000, 1000, 1000, 1000];
    expectSignificantFigures(chiSquareLinearTrend(counts, pops).pValue, 0.0139073);
    expect(chiSquareLinearTrend(counts, pops).trend).toBe('No significant change');
    expect(chiSquareLinearTrend(counts, pops, { level: 0.95 }).trend).toBe('Increasing');
  });
});
