import { describeTrajectory, NO_TRAJECTORY } from '../../../src/engine';

// Sentences are a house convention (no published method); expected strings are worked out by hand from
// the rules in describeTrajectory's doc comment.
describe('describeTrajectory', () => {
  it('says there is not enough data with fewer than two values or a gap', () => {
    expect(describeTrajectory([])).toBe(NO_TRAJECTORY);
    expect(describeTrajectory([5])).toBe(NO_TRAJECTORY);
    expect(describeTrajectory([5, Number.NaN, 6])).toBe(NO_TRAJECTORY);
  });

  it('describes a plain rise, fall and level stretch', () => {
    expect(describeTrajectory([10, 11, 12, 13])).toBe('Rising for 3 quarters');
    expect(describeTrajectory([13, 12, 11])).toBe('Falling for 2 quarters');
    expect(describeTrajectory([10, 10.2, 10.1, 10.3, 10.2])).toBe('Level for 4 quarters');
  });

  it('uses the singular for one period and the given noun', () => {
    expect(describeTrajectory([10, 12], 'years')).toBe('Rising for 1 year');
    expect(describeTrajectory([10, 12], 'months')).toBe('Rising for 1 month');
  });

  it('names the run before the latest one', () => {
    // 10 rises from 100 to 200, then falls of 40 and 10 (6.25%, above the 5% tolerance): the last fall
    // is under half the first, so the run is levelling.
    const series = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 160, 150];
    expect(describeTrajectory(series)).toBe('Falling for 2 quarters after 10 quarters of increase; now levelling');
    expect(describeTrajectory([200, 180, 160, 140, 150, 165, 180])).toBe(
      'Rising for 3 quarters after 3 quarters of decrease',
    );
    expect(describeTrajectory([5, 6, 7, 7.1, 7.05])).toBe('Level for 2 quarters after 2 quarters of increase');
  });

  it('calls a change within the tolerance level rather than levelling', () => {
    expect(describeTrajectory([100, 110, 120, 130, 126])).toBe('Level for 1 quarter after 3 quarters of increase');
  });

  it('applies the tolerance relative to the previous value', () => {
    expect(describeTrajectory([100, 104])).toBe('Level for 1 quarter');
    expect(describeTrajectory([100, 104], 'quarters', 0.01)).toBe('Rising for 1 quarter');
    expect(describeTrajectory([0, 0, 1])).toBe('Rising for 1 quarter after 1 quarter of little change');
  });

  it('describes the first-time entrants series (2014/15-2021/22)', () => {
    // Steps: −66, +2 (1.6%, level), −25, −1 (level), +11, −23, −4 (4.5%, level).
    expect(describeTrajectory([190, 124, 126, 101, 100, 111, 88, 84], 'years')).toBe(
      'Level for 1 year after 1 year of decrease',
    );
    expect(describeTrajectory([190, 124, 126, 101, 100, 111, 88, 84], 'years', 0.01)).toBe(
      'Falling for 2 years after 1 year of increase; now levelling',
    );
  });
});
