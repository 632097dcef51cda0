import { periodPosition } from '../../../src/engine/values/periodPosition';

// endMonth counts months from January of year 0, 0-based: March 2016 is 2016 × 12 + 2 = 24,194.
describe('periodPosition: where a period label sits in time', () => {
  test('a financial year ends in March of its second year, a calendar year in December', () => {
    expect(periodPosition('2015-16')).toEqual({ endMonth: 24_194, months: 12, withoutYear: false });
    expect(periodPosition('2015/2016')?.endMonth).toBe(24_194);
    expect(periodPosition('Apr2015-Mar2016')).toEqual({ endMonth: 24_194, months: 12, withoutYear: false });
    expect(periodPosition('2016')).toEqual({ endMonth: 2016 * 12 + 11, months: 12, withoutYear: false });
  });

  test('a financial quarter counts from April, a calendar quarter from January', () => {
    expect(periodPosition('Q2 2022/23')).toEqual({ endMonth: 2022 * 12 + 8, months: 3, withoutYear: false }); // Jul-Sep 2022
    expect(periodPosition('Q4 2022/23')?.endMonth).toBe(2023 * 12 + 2); // Jan-Mar 2023
    expect(periodPosition('Q2 2022')?.endMonth).toBe(2022 * 12 + 5); // Apr-Jun 2022
  });

  test('a month with its year, and a quarter or month alone placed within a year only', () => {
    expect(periodPosition('Jun 2022')).toEqual({ endMonth: 2022 * 12 + 5, months: 1, withoutYear: false });
    expect(periodPosition('Q3')).toEqual({ endMonth: 8, months: 3, withoutYear: true });
  });

  test('a rolling year named by its last month is the 12 months ending that month', () => {
    // Mar 2022 is 2022 × 12 + 2 = 24,266; Jun 2022 three months on.
    const yearToMarch2022 = { endMonth: 24_266, months: 12, withoutYear: false };
    for (const label of ['Year ending Mar 2022', '12 months to Mar 2022', '12 months ending March 2022', 'YE Mar 22', 'Y/E Mar-22',
      'Rolling 12 months to Mar 2022', '12-month ending Mar 22', 'Year ending 31 March 2022', 'year  ending  mar. 2022']) {
      expect(periodPosition(label)).toEqual(yearToMarch2022);
    }
    expect(periodPosition('YE Jun 22')?.endMonth).toBe(24_269);
    // The same period as the month span that names both ends.
    expect(periodPosition('Apr 2021 - Mar 2022')).toEqual(yearToMarch2022);
  });

  test('anything else is not guessed', () => {
    for (const label of ['Current', 'Q3 tracking', 'wave 1', '2014-2017', '', 'Year to date', 'Year ending', 'Year ending Smarch 2022']) expect(periodPosition(label)).toBeUndefined();
  });
});
