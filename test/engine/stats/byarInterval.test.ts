import { byarInterval, poissonExactInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1 (norm.ppf for z) with Byar's formula as in PHEindicatormethods
// byars_lower / byars_upper, computed independently in Python; 4 significant figures.
describe('byarInterval', () => {
  it('gives no interval for count 0, a negative count or a bad level', () => {
    expect(byarInterval(0)).toBeUndefined();
    expect(byarInterval(-3)).toBeUndefined();
    expect(byarInterval(10, 1.5)).toBeUndefined();
  });

  it.each([
    [1, 0.95, 0.01307213, 5.563756],
    [9, 0.95, 4.106885, 17.08578],
    [10, 0.95, 4.78745, 18.39146],
    [10000, 0.95, 9804.952, 10197.95],
    [9, 0.998, 2.407117, 22.72001],
    [10, 0.998, 2.916318, 24.19372],
    [10000, 0.998, 9693.823, 10312.89],
  ])('count %d at level %d matches the reference', (count, level, lower, upper) => {
    const interval = byarInterval(count, level);
    expect(interval?.method).toBe('Byar');
    expectSignificantFigures(interval?.lower, lower);
    expectSignificantFigures(interval?.upper, upper);
  });

  it('clamps a negative lower limit to 0 (count 1 at 99.8%)', () => {
    expect(byarInterval(1, 0.998)?.lower).toBe(0);
    expectSignificantFigures(byarInterval(1, 0.998)?.upper, 9.36218);
  });

  it('agrees with the exact interval to 3 significant figures from count 10 upwards', () => {
    for (const count of [10, 50, 1000]) {
      const byar = byarInterval(count)!;
      const exact = poissonExactInterval(count)!;
      expect(Math.abs(byar.lower - exact.lower) / exact.lower).toBeLessThan(0.005);
      expect(Math.abs(byar.upper - exact.upper) / exact.upper).toBeLessThan(0.005);
    }
  });
});
