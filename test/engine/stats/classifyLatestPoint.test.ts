import { classifyLatestPoint } from '../../../src/engine';
import { BEYOND_LIMIT, NO_RULE, RUN, TREND, TWO_OF_THREE } from './spcSeries';

// Classifications follow the Making Data Count icons; the rules behind them are checked in spcRules.test.ts.
const mirror = (values: number[]): number[] => values.map((v) => 30 - v);

describe('classifyLatestPoint', () => {
  it('returns undefined with fewer than two values', () => {
    expect(classifyLatestPoint([4], 'high')).toBeUndefined();
  });

  it('calls a series with no rule common cause variation', () => {
    const result = classifyLatestPoint(NO_RULE, 'high')!;
    expect(result.variation).toBe('common cause variation');
    expect(result.rules).toEqual([]);
    expect(result.direction).toBeUndefined();
    expect(result.limits.reliable).toBe(true);
  });

  it('judges a high point by polarity', () => {
    expect(classifyLatestPoint(BEYOND_LIMIT, 'high')!.variation).toBe('special cause improving');
    expect(classifyLatestPoint(BEYOND_LIMIT, 'low')!.variation).toBe('special cause concerning');
    const neither = classifyLatestPoint(BEYOND_LIMIT, 'none')!;
    expect(neither.variation).toBe('special cause neither');
    expect(neither.rules).toEqual(['beyond limit']);
    expect(neither.direction).toBe('up');
  });

  it('judges a low point the other way round', () => {
    const result = classifyLatestPoint(mirror(BEYOND_LIMIT), 'high')!;
    expect(result.direction).toBe('down');
    expect(result.variation).toBe('special cause concerning');
    expect(classifyLatestPoint(mirror(BEYOND_LIMIT), 'low')!.variation).toBe('special cause improving');
  });

  it('reports which rule fired for a run, a trend and two of three', () => {
    expect(classifyLatestPoint(RUN, 'low')).toMatchObject({ rules: ['run'], variation: 'special cause concerning' });
    expect(classifyLatestPoint(TREND, 'high')).toMatchObject({ rules: ['trend'], direction: 'up' });
    expect(classifyLatestPoint(mirror(TREND), 'high')).toMatchObject({
      rules: ['trend'],
      direction: 'down',
      variation: 'special cause concerning',
    });
    expect(classifyLatestPoint(TWO_OF_THREE, 'high')).toMatchObject({
      rules: ['two of three'],
      variation: 'special cause improving',
    });
  });

  it('judges a trend by the way it runs, not by which side of the mean the latest point is on', () => {
    // Six rises in a row (30 → 40) that are all still below the mean (44.8): rising, so concerning when low is good.
    const risingBelowMean = [50, 52, 51, 53, 50, 52, 51, 53, 50, 30, 32, 34, 36, 38, 40];
    expect(classifyLatestPoint(risingBelowMean, 'low')).toMatchObject({ rules: ['trend'], direction: 'up', variation: 'special cause concerning', limits: { mean: 44.8 } });
    expect(classifyLatestPoint(risingBelowMean, 'high')).toMatchObject({ rules: ['trend'], direction: 'up', variation: 'special cause improving' });
  });

  it('keeps the trend rule’s own direction when a side-of-the-mean rule sets the signal', () => {
    // Ten points near 20, then 5 → 11: mean 259/17 = 15.24, so the last seven are a run below it (down)
    // and also six rises in a row (up). The signal follows the side of the mean; the trend keeps 'up'.
    const belowMeanRising = [20, 21, 19, 20, 22, 21, 20, 19, 21, 20, 5, 6, 7, 8, 9, 10, 11];
    expect(classifyLatestPoint(belowMeanRising, 'low')).toMatchObject({
      rules: ['run', 'trend', 'two of three'], direction: 'down', trendDirection: 'up', variation: 'special cause improving',
    });
    expect(classifyLatestPoint(TREND, 'high')!.trendDirection).toBe('up');
    expect(classifyLatestPoint(RUN, 'high')!.trendDirection).toBeUndefined();
  });

  it('passes run and trend lengths through', () => {
    expect(classifyLatestPoint(TREND, 'high', { trendLength: 7 })!.variation).toBe('common cause variation');
  });

  it('calls the latest first-time entrants figure (84) common cause, on provisional limits', () => {
    const result = classifyLatestPoint([190, 124, 126, 101, 100, 111, 88, 84], 'low')!;
    expect(result.variation).toBe('common cause variation');
    expect(result.limits.reliable).toBe(false);
  });
});
