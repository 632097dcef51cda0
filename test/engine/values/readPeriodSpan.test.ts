import { findPeriodSpan, findSpanStart, readPeriodSpan } from '../../../src/engine';

function span(label: string): { months?: number; partial: boolean } {
  const { months, partial } = readPeriodSpan(label);
  return months === undefined ? { partial } : { months, partial };
}

describe('readPeriodSpan', () => {
  test('unknown text names no period', () => {
    expect(readPeriodSpan('estimate')).toEqual({ label: 'estimate', partial: false });
    expect(readPeriodSpan('')).toEqual({ label: '', partial: false });
    expect(findPeriodSpan('estimate')).toBeUndefined();
    expect(findPeriodSpan('may be revised')).toBeUndefined();
  });

  test('keeps the label as written', () => {
    expect(readPeriodSpan('April -Dec2016')).toEqual({ label: 'April -Dec2016', months: 9, partial: true });
  });

  test.each([
    // seed 002, Appendix 1 notes
    ['Apr2015-Mar2016', 12, false],
    ['Jan2016-Dec2016', 12, false],
    ['April -Dec2016', 9, true],
    // seed 003 and other spellings
    ['Apr-Sep 2022', 6, true],
    ['Apr 2021 - Mar 2022', 12, false],
    ['April to December 2016', 9, true],
    ['Apr 2021 \u2013 Mar 2022', 12, false],
    ['APRIL-SEPTEMBER', 6, true],
    ['Sept-Dec 2016', 4, true],
    ['Oct-Mar', 6, true],
    ['Oct 2015 - Mar 2016', 6, true],
    ['Jan-Dec', 12, false],
    ['Apr2014-Mar2016', 24, false],
  ])('month span %s → %s months, partial %s', (label, months, partial) => {
    expect(span(label)).toEqual({ months, partial });
  });

  test.each([
    // two-digit years: without them these named no period
    ['Apr 16 - Dec 16', 9, true],
    ['Apr-16 to Dec-16', 9, true],
    ['Apr16-Dec16', 9, true],
    ["Apr '16 - Dec '16", 9, true],
    ['Oct-15 - Mar-16', 6, true],
    ['Apr - Dec 16', 9, true],
    ['Apr 15 - Mar 16', 12, false],
    // dates, day first: without them these were read as the year 2016, 12 months and full
    ['1 Apr 2016 - 31 Dec 2016', 9, true],
    ['01/04/2016 - 31/12/2016', 9, true],
    ['1st April 2016 to 31st December 2016', 9, true],
    ['01.04.16 to 31.12.16', 9, true],
    ['01-04-2016 - 31-12-2016', 9, true],
    ['2016-04-01 to 2016-12-31', 9, true],
    ['1 Apr - 31 Dec 2016', 9, true],
    ['Apr 2016 - 31 Dec 2016', 9, true],
    ['1 Apr 2016 - 30 Sep 2016', 6, true],
    ['01/04/2015 - 31/03/2016', 12, false],
    ['15 Apr 2015 - 14 Apr 2016', 12, false],
  ])('two-digit year or date span %s → %s months, partial %s', (label, months, partial) => {
    expect(span(label)).toEqual({ months, partial });
  });

  test('a date span running backwards names no period', () => {
    expect(findPeriodSpan('31/12/2016 - 01/04/2016')).toBeUndefined();
  });

  test('where in the year a named span starts', () => {
    expect(findSpanStart('Apr-Dec 2015')).toBe('m4');
    expect(findSpanStart('1 Apr 2016 - 31 Dec 2016')).toBe('m4');
    expect(findSpanStart('Jan-Sep 2016')).toBe('m1');
    expect(findSpanStart('Q1-Q3')).toBe('q1');
    expect(findSpanStart('Q2')).toBe('q2');
    // Q3 tracking infers Q1 to Q3; the others name no span.
    for (const label of ['Q3 tracking', 'YTD', '2015-16', 'Q2 2022/23', '6 months to Sep 2022', 'estimate']) {
      expect(findSpanStart(label)).toBeUndefined();
    }
  });

  test('a month span running backwards across stated years names no period', () => {
    expect(findPeriodSpan('Apr2016-Mar2015')).toBeUndefined();
    expect(span('Apr-Mar')).toEqual({ months: 12, partial: false });
  });

  test.each([
    ['Q1-Q3', 9, true],
    ['Q1-Q4', 12, false],
    ['Q2 - Q3', 6, true],
    ['Q1 to Q2 2022/23', 6, true],
    ['Q1', 3, true],
  ])('quarter span %s → %s months, partial %s', (label, months, partial) => {
    expect(span(label)).toEqual({ months, partial });
  });

  test('a quarter with its year is a reporting-quarter label, length unknown', () => {
    expect(span('Q2 2022/23')).toEqual({ partial: false });
    expect(findPeriodSpan('Q2 2022/23')).toEqual({ label: 'Q2 2022/23', partial: false });
  });

  test.each([['2015-16'], ['2015/16'], ['2016-17'], ['2016/17'], ['2016'], ['2015-2016'], ['2015\u201316']])(
    'year label %s → 12 months, full',
    (label) => {
      expect(span(label)).toEqual({ months: 12, partial: false });
    },
  );

  test.each([['Year ending Mar 2022'], ['Year ending Mar 22'], ['12 months to Mar 2022'], ['12 months ending March 2022'], ['YE Mar 22'], ['YE Mar-22']])(
    'rolling year %s → 12 months, full, as the Trends sheet places it',
    (label) => {
      expect(span(label)).toEqual({ months: 12, partial: false });
    },
  );

  test('a run of several years is not guessed', () => {
    expect(findPeriodSpan('2014-2017')).toBeUndefined();
    expect(findPeriodSpan('2014/18')).toBeUndefined();
  });

  test('two different years, or a year inside a date pair, are not one year', () => {
    expect(findPeriodSpan('2016 and 2017')).toBeUndefined();
    expect(findPeriodSpan('2015-16 and 2016-17')).toBeUndefined();
    expect(findPeriodSpan('2016 - 31 2016')).toBeUndefined();
    expect(span('2015-16 (2015/16)')).toEqual({ months: 12, partial: false });
    expect(span('year ending 31/03/2017')).toEqual({ months: 12, partial: false });
  });

  test.each([['tracking'], ['YTD'], ['year to date'], ['Year-to-date'], ['to date'], ['2016/17 YTD']])(
    'year-to-date %s → partial, months unknown',
    (label) => {
      expect(span(label)).toEqual({ partial: true });
    },
  );

  test('a year-to-date word with a single quarter means Q1 to that quarter', () => {
    expect(span('Q3 tracking')).toEqual({ months: 9, partial: true });
    expect(span('Q2 2022/23 YTD')).toEqual({ months: 6, partial: true });
  });

  test('a year-to-date word with a span keeps the span', () => {
    expect(span('Apr-Dec 2016 YTD')).toEqual({ months: 9, partial: true });
  });

  test('stated month counts', () => {
    expect(span('rolling 12 months')).toEqual({ months: 12, partial: false });
    expect(span('rolling 12-month figure')).toEqual({ months: 12, partial: false });
    expect(span('6 months to Sep 2022')).toEqual({ months: 6, partial: true });
  });

  test('long labels are read in linear time', () => {
    const started = Date.now();
    readPeriodSpan('Apr '.repeat(25_000));
    readPeriodSpan('2015-'.repeat(20_000));
    readPeriodSpan('x'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('long date-like labels are read in linear time', () => {
    const started = Date.now();
    readPeriodSpan('1 Apr '.repeat(10_000));
    readPeriodSpan('01/04/'.repeat(10_000));
    readPeriodSpan('Apr-16 '.repeat(10_000));
    readPeriodSpan('2016 2017 '.repeat(10_000));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
