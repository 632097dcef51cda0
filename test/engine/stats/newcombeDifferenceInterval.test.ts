import { newcombeDifferenceInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: Newcombe RG (1998) "Interval estimation for the difference between independent
// proportions", Stat Med 17:873-890, Table II, method 10, published to 4 decimals; checked against an
// independent scipy 1.17.1 implementation, which also gives the 99.8% case (4 significant figures).
describe('newcombeDifferenceInterval', () => {
  it('gives no interval for a zero total, a count above its total or a bad level', () => {
    expect(newcombeDifferenceInterval(1, 0, 1, 10)).toBeUndefined();
    expect(newcombeDifferenceInterval(1, 10, 11, 10)).toBeUndefined();
    expect(newcombeDifferenceInterval(1, 10, -1, 10)).toBeUndefined();
    expect(newcombeDifferenceInterval(1, 10, 1, 10, 0)).toBeUndefined();
  });

  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%d/%d − %d/%d matches Newcombe Table II', (x1, n1, x2, n2, lower, upper) => {
    const interval = newcombeDifferenceInterval(x1, n1, x2, n2)!;
    expect(interval.method).toBe('Newcombe hybrid score');
    expect(interval.value).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it('matches the scipy reference at 99.8% and is wider than at 95%', () => {
    const interval = newcombeDifferenceInterval(56, 70, 48, 80, 0.998)!;
    const narrow = newcombeDifferenceInterval(56, 70, 48, 80)!;
    expectSignificantFigures(interval.lower, -0.03348725);
    expectSignificantFigures(interval.upper, 0.4018118);
    expect(interval.lower).toBeLessThan(narrow.lower);
    expect(interval.upper).toBeGreaterThan(narrow.upper);
  });
});
