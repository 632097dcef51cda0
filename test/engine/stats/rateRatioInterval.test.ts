import { rateRatioInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: the worked example in Fay MP, "Testing the ratio of two Poisson rates" (vignette
// of the R package rateratio.test): rateratio.test(c(2, 9), c(17877, 16660)) gives RR 0.2070942 and
// 95% CI 0.02177406 to 1.00054910 (compared to 7 significant figures). Other cases: scipy 1.17.1
// beta.ppf Clopper-Pearson limits transformed to the ratio, computed independently; 4 significant figures.
describe('rateRatioInterval', () => {
  it('gives no interval for a zero or negative population, a negative count or both counts 0', () => {
    expect(rateRatioInterval(5, 0, 5, 100)).toBeUndefined();
    expect(rateRatioInterval(5, 100, 5, -100)).toBeUndefined();
    expect(rateRatioInterval(-1, 100, 5, 100)).toBeUndefined();
    expect(rateRatioInterval(0, 100, 0, 100)).toBeUndefined();
    expect(rateRatioInterval(5, 100, 5, 100, 1)).toBeUndefined();
  });

  it("reproduces Fay's published example", () => {
    const interval = rateRatioInterval(2, 17877, 9, 16660)!;
    expect(interval.method).toBe('exact conditional binomial');
    expectSignificantFigures(interval.value, 0.2070942, 7);
    expectSignificantFigures(interval.lower, 0.02177406, 7);
    expectSignificantFigures(interval.upper, 1.0005491, 7);
  });

  it('handles a zero count on either side', () => {
    const none = rateRatioInterval(0, 1000, 5, 1000)!;
    expect(none.value).toBe(0);
    expect(none.lower).toBe(0);
    expectSignificantFigures(none.upper, 1.091279);
    const all = rateRatioInterval(5, 1000, 0, 1000)!;
    expect(all.value).toBe(Infinity);
    expect(all.upper).toBe(Infinity);
    expectSignificantFigures(all.lower, 0.9163559);
  });

  it('matches the reference for equal single counts and for counts of 10,000', () => {
    const ones = rateRatioInterval(1, 100, 1, 100)!;
    expectSignificantFigures(ones.lower, 0.01273937);
    expectSignificantFigures(ones.upper, 78.49684);
    const large = rateRatioInterval(10000, 1e6, 9000, 1e6)!;
    expectSignificantFigures(large.value, 1.111111);
    expectSignificantFigures(large.lower, 1.079807);
    expectSignificantFigures(large.upper, 1.143335);
  });

  it('is close to the log method for large counts', () => {
    const large = rateRatioInterval(10000, 1e6, 9000, 1e6)!;
    const se = Math.sqrt(1 / 10000 + 1 / 9000);
    expect(large.lower).toBeCloseTo(Math.exp(Math.log(10000 / 9000) - 1.959964 * se), 3);
    expect(large.upper).toBeCloseTo(Math.exp(Math.log(10000 / 9000) + 1.959964 * se), 3);
  });
});
