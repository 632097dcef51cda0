import { isSignificantChange } from '../../../src/engine';

// Verdicts follow from the interval functions, whose values are checked against published references
// in rateRatioInterval.test.ts and newcombeDifferenceInterval.test.ts. First-time entrant counts are the
// seeds' (190 in 2014/15, 124 in 2015/16, 84 in 2021/22); the population of 70,000 is illustrative.
describe('isSignificantChange', () => {
  it('returns undefined when no interval can be calculated', () => {
    expect(isSignificantChange('rate', { count: 5, denominator: 0 }, { count: 5, denominator: 100 })).toBeUndefined();
    expect(isSignificantChange('rate', { count: 0, denominator: 100 }, { count: 0, denominator: 100 })).toBeUndefined();
    expect(
      isSignificantChange('proportion', { count: 12, denominator: 10 }, { count: 5, denominator: 10 }),
    ).toBeUndefined();
  });

  it('calls the fall from 190 to 124 first-time entrants a significant decrease', () => {
    const previous = { count: 190, denominator: 70000 };
    const latest = { count: 124, denominator: 70000 };
    expect(isSignificantChange('rate', previous, latest)).toBe('decrease');
    expect(isSignificantChange('rate', latest, previous)).toBe('increase');
  });

  it('calls 88 to 84 first-time entrants no significant change', () => {
    expect(isSignificantChange('rate', { count: 88, denominator: 70000 }, { count: 84, denominator: 70000 })).toBe(
      'no significant change',
    );
  });

  it("uses Fay's example: 9 then 2 events is not significant at 95% (upper limit 1.0005)", () => {
    expect(isSignificantChange('rate', { count: 9, denominator: 16660 }, { count: 2, denominator: 17877 })).toBe(
      'no significant change',
    );
    expect(
      isSignificantChange('rate', { count: 9, denominator: 16660 }, { count: 2, denominator: 17877 }, 0.9),
    ).toBe('decrease');
  });

  it('uses Newcombe intervals for proportions (56/70 vs 48/80 excludes 0 at 95%, not at 99.8%)', () => {
    const previous = { count: 48, denominator: 80 };
    const latest = { count: 56, denominator: 70 };
    expect(isSignificantChange('proportion', previous, latest)).toBe('increase');
    expect(isSignificantChange('proportion', latest, previous)).toBe('decrease');
    expect(isSignificantChange('proportion', previous, latest, 0.998)).toBe('no significant change');
  });
});
