import { chiSquareQuantile } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1 scipy.stats.chi2.ppf (independent implementation), compared to 6-7
// significant figures. 3.841459 and 9.549536 are also the published table values for 1 df at 95% and
// 99.8% (9.54953570608324 is Fingertips' recent-trend threshold).
describe('chiSquareQuantile', () => {
  it('returns NaN for invalid input and the ends for p = 0 and 1', () => {
    expect(chiSquareQuantile(-0.1, 2)).toBeNaN();
    expect(chiSquareQuantile(0.5, 0)).toBeNaN();
    expect(chiSquareQuantile(0, 4)).toBe(0);
    expect(chiSquareQuantile(1, 4)).toBe(Infinity);
  });

  it('matches scipy for small, fractional and large degrees of freedom', () => {
    expectSignificantFigures(chiSquareQuantile(0.95, 1), 3.841459, 7);
    expectSignificantFigures(chiSquareQuantile(0.998, 1), 9.549536, 7);
    expectSignificantFigures(chiSquareQuantile(0.025, 2), 0.05063562, 7);
    expectSignificantFigures(chiSquareQuantile(0.975, 4), 11.14329, 7);
    expectSignificantFigures(chiSquareQuantile(0.001, 18), 4.904849, 7);
    expectSignificantFigures(chiSquareQuantile(0.999, 20), 45.31475, 7);
    expectSignificantFigures(chiSquareQuantile(0.5, 0.5), 0.0873476, 6);
    expectSignificantFigures(chiSquareQuantile(0.025, 20000), 19609.9, 6);
    expectSignificantFigures(chiSquareQuantile(0.999, 20002), 20625.78, 7);
  });
});
