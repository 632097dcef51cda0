import { findPeriodSpan, readPeriodSpan } from '../../../src/engine';

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

  test('a run of several years is not guessed', () => {
    expect(findPeriodSpan('2014-2017')).toBeUndefined();
    expect(findPeriodSpan('2014/18')).toBeUndefined();
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
});
