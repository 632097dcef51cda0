import { normalQuantile, twoSidedZ } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1 scipy.stats.norm.ppf (an independent implementation), compared to
// 7 significant figures; 1.959964 and 3.090232 are also the familiar published table values.
describe('normalQuantile', () => {
  it('returns NaN outside [0, 1] and infinities at the ends', () => {
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('matches scipy in the central and both tail regions of AS 241', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expectSignificantFigures(normalQuantile(0.975), 1.959964, 7);
    expectSignificantFigures(normalQuantile(0.999), 3.090232, 7);
    expectSignificantFigures(normalQuantile(0.3), -0.5244005, 7);
    expectSignificantFigures(normalQuantile(0.08), -1.405072, 7);
    expectSignificantFigures(normalQuantile(1e-10), -6.361341, 7);
    expectSignificantFigures(normalQuantile(1e-300), -37.0471, 6);
  });

  it('is antisymmetric and gives the two-sided z for 95% and 99.8%', () => {
    expect(normalQuantile(0.025)).toBeCloseTo(-normalQuantile(0.975), 14);
    expectSignificantFigures(twoSidedZ(0.95), 1.959964, 7);
    expectSignificantFigures(twoSidedZ(0.998), 3.090232, 7);
    expectSignificantFigures(twoSidedZ(0.99), 2.575829, 7);
  });
});
