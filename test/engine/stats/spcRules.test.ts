import { SpcPointFlags, spcRules, xmrLimits } from '../../../src/engine';
import { BEYOND_LIMIT, NO_RULE, RUN, TREND, TWO_OF_THREE } from './spcSeries';

function flagged(flags: SpcPointFlags[]): number[] {
  return flags.flatMap((f, i) => (f.rules.length > 0 ? [i] : []));
}

function firedRules(flags: SpcPointFlags[]): string[] {
  return [...new Set(flags.flatMap((f) => f.rules))].sort();
}

function rulesFor(values: number[], options = {}): SpcPointFlags[] {
  return spcRules(values, xmrLimits(values)!, options);
}

// Expected flags from an independent Python implementation of the Making Data Count rules (see spcSeries).
describe('spcRules', () => {
  it('returns one entry per value and flags nothing on a common-cause series', () => {
    const flags = rulesFor(NO_RULE);
    expect(flags).toHaveLength(NO_RULE.length);
    expect(firedRules(flags)).toEqual([]);
  });

  it('flags only the point beyond the upper limit', () => {
    const flags = rulesFor(BEYOND_LIMIT);
    expect(firedRules(flags)).toEqual(['beyond limit']);
    expect(flagged(flags)).toEqual([19]);
    expect(flags[19].side).toBe(1);
  });

  it('flags every point of a run of 7 or more on one side of the mean', () => {
    const flags = rulesFor(RUN);
    expect(firedRules(flags)).toEqual(['run']);
    expect(flagged(flags)).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('flags every point of a trend of 6 rising points, with its direction', () => {
    const flags = rulesFor(TREND);
    expect(firedRules(flags)).toEqual(['trend']);
    expect(flagged(flags)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(flags[17].trendDirection).toBe('increasing');
    expect(flags[11].trendDirection).toBeUndefined();
  });

  it('flags the two points beyond the same 2σ line within three', () => {
    const flags = rulesFor(TWO_OF_THREE);
    expect(firedRules(flags)).toEqual(['two of three']);
    expect(flagged(flags)).toEqual([17, 19]);
  });

  it('honours configured run and trend lengths', () => {
    expect(firedRules(rulesFor(TREND, { trendLength: 7 }))).toEqual([]);
    expect(firedRules(rulesFor(RUN, { runLength: 9 }))).toEqual([]);
    expect(flagged(rulesFor(RUN, { runLength: 8 }))).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('breaks a trend at an equal pair and a run at a point on the mean', () => {
    const flat = [1, 2, 3, 3, 4, 5, 6, 1, 2, 1, 2, 1, 2];
    expect(rulesFor(flat).some((f) => f.rules.includes('trend'))).toBe(false);
    const limits = { ...xmrLimits(RUN)!, mean: 11.5 };
    expect(spcRules(RUN, limits).some((f) => f.rules.includes('run'))).toBe(false);
  });

  it('flags only the first first-time-entrants year (190) as beyond the limit', () => {
    const fte = [190, 124, 126, 101, 100, 111, 88, 84];
    const flags = rulesFor(fte);
    expect(firedRules(flags)).toEqual(['beyond limit']);
    expect(flagged(flags)).toEqual([0]);
  });
});
