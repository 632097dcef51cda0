import { chiSquareUpperTail } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1 scipy.stats.chi2.sf (independent implementation), 7 significant figures.
describe('chiSquareUpperTail', () => {
  it('returns NaN for a negative statistic and 1 at 0', () => {
    expect(chiSquareUpperTail(-1, 1)).toBeNaN();
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });

  it('matches scipy, including a far tail', () => {
    expectSignificantFigures(chiSquareUpperTail(3.841459, 1), 0.04999999, 7);
    expectSignificantFigures(chiSquareUpperTail(9.549536, 1), 0.002, 7);
    expectSignificantFigures(chiSquareUpperTail(20, 5), 0.001249731, 7);
    expectSignificantFigures(chiSquareUpperTail(0.001, 3), 0.9999916, 7);
    expectSignificantFigures(chiSquareUpperTail(100, 1), 1.523971e-23, 7);
  });
});
