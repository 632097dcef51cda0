import { periodNounFor } from '../../../src/engine';

describe('periodNounFor: the noun from the months between consecutive labels', () => {
  it('month names three months apart are quarters, twelve apart years; only one apart are months', () => {
    expect(periodNounFor(['Jun 2022', 'Sep 2022', 'Dec 2022', 'Mar 2023'])).toBe('quarters');
    expect(periodNounFor(['Jun 2021', 'June 2022'])).toBe('years');
    expect(periodNounFor(['Nov 2022', 'Dec 2022', 'Jan 2023'])).toBe('months');
    expect(periodNounFor(['Apr2015-Mar2016', 'Apr2016-Mar2017'])).toBe('years');
    expect(periodNounFor(['Year ending Mar 2022', 'Year ending Jun 2022', 'Year ending Sep 2022'])).toBe('quarters');
    expect(periodNounFor(['YE Mar 22', 'YE Mar 23'])).toBe('years');
  });

  it('uneven or unknown steps give the generic "periods"', () => {
    // Jan → Mar is 2 months; Q1 → Q3 2022/23 is 6; 2014/15 → 2016/17 is 24.
    expect(periodNounFor(['Jan 2022', 'Mar 2022'])).toBe('periods');
    expect(periodNounFor(['Q1 2022/23', 'Q3 2022/23'])).toBe('periods');
    expect(periodNounFor(['2014/15', '2016/17'])).toBe('periods');
    expect(periodNounFor(['Jun 2022', 'Sep 2022', 'Oct 2022'])).toBe('periods');
    expect(periodNounFor(['wave 1', 'wave 2'])).toBe('periods');
  });

  it('quarters without a year are measured within the year, so Q4 to Q1 is a quarter', () => {
    expect(periodNounFor(['Q3', 'Q4', 'Q1'])).toBe('quarters');
    expect(periodNounFor(['Q1 2022', 'Q2 2022'])).toBe('quarters');
  });
});
