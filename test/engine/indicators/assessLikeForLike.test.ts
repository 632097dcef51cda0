import { calculateWorkbook, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER = ['Indicator', 'Polarity', 'Previous Year (2015-16)', 'Current Year (2016-17)'];

/** One Low-is-good row with its previous figure in C2 and current in D2, footnotes under the table. */
function oneRow(previous: CellValue, current: CellValue, footnotes: string[] = []) {
  return calculateWorkbook([gridOf('Indicators', [HEADER, ['First-time entrants', 'Low is good', previous, current], [], ...footnotes.map((f) => [f])])]);
}

const codesAt = (result: ReturnType<typeof calculateWorkbook>) => result.findings.map((f) => `${f.code} ${f.cell}`);

describe('not like-for-like: part years written with two-digit years or dates (contract §7)', () => {
  // Without the two-digit and date forms these were compared: 83 / 124 − 1 = −33.1%, ↑, Green.
  it.each([
    ['83 (Apr 16 - Dec 16)', 'Apr 16 - Dec 16'],
    ['83 (Apr-16 to Dec-16)', 'Apr-16 to Dec-16'],
    ['83 (Apr16-Dec16)', 'Apr16-Dec16'],
    ['83 (1 Apr 2016 - 31 Dec 2016)', '1 Apr 2016 - 31 Dec 2016'],
    ['83 (01/04/2016 - 31/12/2016)', '01/04/2016 - 31/12/2016'],
  ])('124 against %s: no change, arrow or RAG, and V011 on the current cell', (current, period) => {
    const result = oneRow(124, current);
    expect(result.indicators[0]).toMatchObject({ changePercent: undefined, direction: undefined, rag: undefined, notLikeForLike: true });
    expect(codesAt(result)).toEqual(['V011 D2']);
    expect(result.findings[0].message).toBe(
      `The current figure covers a part year (${period}) while the previous figure covers 2015-16 (12 months), so the two are not compared.`,
    );
  });

  it('a part year on the previous side stops the comparison too, with V011 on the previous cell', () => {
    const result = oneRow('83 (April -Dec2015)', 124);
    expect(result.indicators[0]).toMatchObject({ changePercent: undefined, direction: undefined, rag: undefined, notLikeForLike: true });
    expect(codesAt(result)).toEqual(['V011 C2']);
    expect(result.findings[0].message).toContain('The previous figure covers a part year (April -Dec2015)');
  });

  it('a full year written as dates is still compared', () => {
    const result = oneRow('124 (1 Apr 2015 - 31 Mar 2016)', '83 (01/04/2016 - 31/03/2017)');
    expect(result.findings).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ direction: '↑', rag: 'G' });
    expect(result.indicators[0].changePercent!.toFixed(4)).toBe('-0.3306'); // 83 / 124 − 1
  });
});

describe('not like-for-like: footnotes saying the figures cannot be compared (contract §8a)', () => {
  it.each([
    '* figures cannot be compared with previous years',
    '* should not be compared with 2015-16',
    "* Figures can't be compared with last year",
    '* Figures shouldn\u2019t be directly compared',
    '* no longer comparable due to a change in recording',
    '* Comparison not possible: new provider',
    '* Comparisons with previous years are not possible',
    '* Figures are incomparable',
    '* Non-comparable with 2015-16',
    '* not like-for-like',
    '* There is a break in the series from April 2016',
    '* Break in series: new crime recording standard',
    '* Includes an estimated 227 referrals',
  ])('"%s" stops the comparison (V013 on the current cell)', (footnote) => {
    const result = oneRow(124, '83*', [footnote]);
    expect(result.indicators[0]).toMatchObject({ changePercent: undefined, direction: undefined, rag: undefined, notLikeForLike: true });
    expect(codesAt(result)).toEqual(['V013 D2']);
  });

  it.each([
    '* Source: police recorded crime',
    '* compared with the county average',
    '* Not yet validated, compared with the county average',
    '* Notes: compared with the same quarter last year',
    '* Figures are like-for-like with 2015/16: both years include sexual violence referrals',
    '* The change of provider does not affect comparability with 2015/16',
    "* Referrals from the new helpline don't change the comparison with last year",
    '* Restated on the 2016/17 basis so both years compare like for like',
    '**Includes UAVA referrals (1174), HBBC & Blaby support services (287), LWA lottery funded outreach services(150).',
  ])('"%s" does not stop it: 83 / 124 − 1 = −33.1%%, ↑, Green', (footnote) => {
    const result = oneRow(124, footnote.startsWith('**') ? '83**' : '83*', [footnote]);
    expect(result.findings).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ direction: '↑', rag: 'G', notLikeForLike: false });
  });

  it('reads a long footnote in linear time', () => {
    const started = Date.now();
    const result = oneRow(124, '83*', [`* ${'not '.repeat(20_000)}${'compa '.repeat(20_000)}`]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.findings).toEqual([]);
  });
});

describe('not like-for-like: the same part of the year on both sides may be compared (contract §8a)', () => {
  it('50 (Apr-Dec 2015) against 40 (Apr-Dec 2016): −20%, ↑, Green, no warning', () => {
    const result = oneRow('50 (Apr-Dec 2015)', '40 (Apr-Dec 2016)');
    expect(result.findings).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ direction: '↑', rag: 'G', notLikeForLike: false });
    expect(result.indicators[0].changePercent).toBeCloseTo(-0.2, 10); // 40 / 50 − 1
  });

  it('the same months written differently on each side are compared', () => {
    const result = oneRow('50 (1 Apr 2015 - 31 Dec 2015)', '40 (Apr 16 - Dec 16)');
    expect(result.findings).toEqual([]);
    expect(result.indicators[0].changePercent).toBeCloseTo(-0.2, 10);
  });

  it('period columns Apr-Dec 2015 and Apr-Dec 2016 are compared', () => {
    const result = calculateWorkbook([gridOf('Indicators', [
      ['Indicator', 'Polarity', 'Previous period', 'Previous value', 'Current period', 'Current value'],
      ['First-time entrants', 'Low is good', 'Apr-Dec 2015', 50, 'Apr-Dec 2016', 40],
    ])]);
    expect(result.findings).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ direction: '↑', rag: 'G' });
  });

  it('Q1-Q3 against Q1-Q3 is compared', () => {
    expect(oneRow('50 (Q1-Q3)', '40 (Q1-Q3)').findings).toEqual([]);
  });

  it('a part year against a full year is still refused', () => {
    const result = oneRow('124 (Apr2015-Mar2016)', '83 (Apr-Dec 2016)');
    expect(result.indicators[0].notLikeForLike).toBe(true);
    expect(codesAt(result)).toEqual(['V011 D2']);
  });

  it('part years of different lengths are refused with V012', () => {
    const result = oneRow('50 (Apr-Sep 2015)', '40 (Apr-Dec 2016)');
    expect(result.indicators[0].notLikeForLike).toBe(true);
    expect(codesAt(result)).toEqual(['V012 D2']);
    expect(result.findings[0].message).toBe('The previous figure covers 6 months and the current 9 months, so the two are not compared.');
  });

  it('part years of one length but different months are refused, saying so', () => {
    const result = oneRow('50 (Jan-Sep 2015)', '40 (Apr-Dec 2016)');
    expect(result.indicators[0].notLikeForLike).toBe(true);
    expect(codesAt(result)).toEqual(['V011 D2']);
    expect(result.findings[0].message).toBe(
      'The current figure covers a part year (Apr-Dec 2016) and the previous figure covers different months (Jan-Sep 2015), so the two are not compared.',
    );
  });

  it('a start written as a month and one written as a quarter are not called different months (Apr-Dec is Q1-Q3 of a financial year)', () => {
    const result = oneRow('50 (Apr-Dec 2015)', '40 (Q1-Q3 2016/17)');
    expect(codesAt(result)).toEqual(['V011 D2']);
    expect(result.findings[0].message).not.toContain('different months');
    expect(result.findings[0].message).toContain('but the labels do not show that both cover the same months of the year');
  });

  it('Q3 tracking on both sides stays refused, with one warning that does not say the periods differ', () => {
    const result = oneRow('0.82 (Q3 tracking)', '0.28 (Q3 tracking)');
    expect(result.indicators[0]).toMatchObject({ changePercent: undefined, direction: undefined, rag: undefined, notLikeForLike: true });
    expect(codesAt(result)).toEqual(['V011 D2']);
    expect(result.findings[0].message).toBe(
      'The current figure covers a part year (Q3 tracking) and so does the previous figure (Q3 tracking), but the labels do not show that both cover the same months of the year, so the two are not compared.',
    );
    expect(result.indicators[0].reason).toBe(
      'Not compared: both figures cover part years (Q3 tracking; Q3 tracking), not shown to be the same months of the year. No change, arrow or colour is given.',
    );
  });

  it('a year-to-date figure of unknown length against named months stays refused', () => {
    const result = oneRow('50 (YTD)', '40 (Apr-Dec 2016)');
    expect(result.indicators[0].notLikeForLike).toBe(true);
    expect(codesAt(result)).toEqual(['V011 D2']);
  });
});
