import { wilsonInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: Newcombe RG (1998) Stat Med 17:857-872, Table I, method 3 (Wilson score without
// continuity correction), published to 4 decimals: 81/263 → 0.2553-0.3662, 15/148 → 0.0624-0.1605,
// 0/20 → 0-0.1611, 1/29 → 0.0061-0.1718. Other cases: scipy 1.17.1 norm.ppf with the Wilson formula,
// computed independently in Python; 4 significant figures.
describe('wilsonInterval', () => {
  it('gives no interval for total 0, negative values or successes above the total', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
    expect(wilsonInterval(1, -5)).toBeUndefined();
    expect(wilsonInterval(-1, 10)).toBeUndefined();
    expect(wilsonInterval(11, 10)).toBeUndefined();
    expect(wilsonInterval(5, 10, 0)).toBeUndefined();
  });

  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [1, 29, 0.0061, 0.1718],
  ])('%d/%d matches Newcombe (1998) Table I to 4 decimals', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n)!;
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it.each([
    [0, 20, 0.95, 0, 0.1611252],
    [20, 20, 0.95, 0.8388748, 1],
    [3, 5, 0.95, 0.2307243, 0.8823792],
    [36, 100, 0.95, 0.2727122, 0.457646],
    [0, 20, 0.998, 0, 0.3231704],
    [20, 20, 0.998, 0.6768296, 1],
    [3, 5, 0.998, 0.1320831, 0.9366477],
    [36, 100, 0.998, 0.2299608, 0.5144471],
  ])('%d/%d at level %d matches the scipy reference', (x, n, level, lower, upper) => {
    const interval = wilsonInterval(x, n, level)!;
    expect(interval.method).toBe('Wilson score');
    expect(interval.value).toBeCloseTo(x / n, 12);
    expectSignificantFigures(interval.lower, lower);
    expectSignificantFigures(interval.upper, upper);
  });

  it('gives exactly 0 at 0 successes and exactly 1 at n successes', () => {
    expect(wilsonInterval(0, 7)?.lower).toBe(0);
    expect(wilsonInterval(7, 7)?.upper).toBe(1);
  });
});
