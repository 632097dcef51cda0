import { inverseRegularisedBeta, regularisedBeta } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1 scipy.stats.beta.cdf / beta.ppf (independent implementation),
// 7 significant figures.
describe('regularisedBeta and its inverse', () => {
  it('returns NaN for invalid input and the ends exactly', () => {
    expect(regularisedBeta(0.5, 0, 1)).toBeNaN();
    expect(regularisedBeta(1.5, 1, 1)).toBeNaN();
    expect(inverseRegularisedBeta(-0.1, 1, 1)).toBeNaN();
    expect(regularisedBeta(0, 2, 3)).toBe(0);
    expect(regularisedBeta(1, 2, 3)).toBe(1);
    expect(inverseRegularisedBeta(0, 2, 3)).toBe(0);
    expect(inverseRegularisedBeta(1, 2, 3)).toBe(1);
  });

  it('matches scipy for small and large shapes', () => {
    expectSignificantFigures(regularisedBeta(0.3, 2, 5), 0.579825, 6);
    expectSignificantFigures(regularisedBeta(0.5, 10000, 9000), 1.984734e-13, 7);
    expectSignificantFigures(inverseRegularisedBeta(0.025, 2, 10), 0.0228312, 6);
    expectSignificantFigures(inverseRegularisedBeta(0.975, 9001, 10000), 0.4808138, 7);
  });
});
