import { poissonExactInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1, chi2.ppf(α/2, 2O)/2 and chi2.ppf(1 − α/2, 2O + 2)/2 (the exact
// formula of PHEindicatormethods::phe_rate, computed independently), 4 significant figures.
// O = 0, 1 at 95% (0 to 3.689; 0.02532 to 5.572) are also the published exact Poisson table values.
describe('poissonExactInterval', () => {
  it('gives no interval for a negative or non-finite count or a level outside (0, 1)', () => {
    expect(poissonExactInterval(-1)).toBeUndefined();
    expect(poissonExactInterval(Number.NaN)).toBeUndefined();
    expect(poissonExactInterval(Infinity)).toBeUndefined();
    expect(poissonExactInterval(5, 0)).toBeUndefined();
    expect(poissonExactInterval(5, 1)).toBeUndefined();
  });

  it.each([
    [0, 0.95, 0, 3.688879],
    [1, 0.95, 0.02531781, 5.571643],
    [9, 0.95, 4.115373, 17.0848],
    [10, 0.95, 4.795389, 18.39036],
    [10000, 0.95, 9804.952, 10197.95],
    [0, 0.998, 0, 6.907755],
    [1, 0.998, 0.0010005, 9.233413],
    [9, 0.998, 2.452424, 22.65737],
    [10, 0.998, 2.96052, 24.13397],
    [10000, 0.998, 9693.824, 10312.89],
  ])('count %d at level %d matches the reference', (count, level, lower, upper) => {
    const interval = poissonExactInterval(count, level);
    expect(interval?.value).toBe(count);
    expect(interval?.method).toBe('exact Poisson');
    expect(interval?.level).toBe(level);
    expectSignificantFigures(interval?.lower, lower);
    expectSignificantFigures(interval?.upper, upper);
  });

  it('gives the closed form −ln(α/2) as the upper limit for count 0', () => {
    expect(poissonExactInterval(0, 0.95)?.upper).toBeCloseTo(-Math.log(0.025), 10);
  });

  it('widens as the level rises and always contains the count', () => {
    for (const count of [0, 1, 3, 9, 84]) {
      const narrow = poissonExactInterval(count, 0.95)!;
      const wide = poissonExactInterval(count, 0.998)!;
      expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
      expect(wide.upper).toBeGreaterThan(narrow.upper);
      expect(narrow.lower).toBeLessThanOrEqual(count);
      expect(narrow.upper).toBeGreaterThan(count);
    }
  });
});
