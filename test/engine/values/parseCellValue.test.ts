import { parseCellValue, type ParsedValue } from '../../../src/engine';

function numberOf(parsed: ParsedValue) {
  if (parsed.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('parseCellValue: errors', () => {
  test.each(['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])(
    'Excel error %s, as a value and as text, is an excel-error',
    (code) => {
      expect(parseCellValue({ error: code })).toEqual({ kind: 'unreadable', raw: code, reason: 'excel-error' });
      expect(parseCellValue(code)).toEqual({ kind: 'unreadable', raw: code, reason: 'excel-error' });
      expect(parseCellValue(` ${code}\u00a0`)).toMatchObject({ kind: 'unreadable', reason: 'excel-error' });
    },
  );

  test.each(['abc', '£12', '$5', 'twelve', '*12', '(12)', '+', '1,2345', '12,34', '1.2.3', '12.', '1 611', 'O.5', '#N/A!'])(
    '%s is not a number',
    (text) => {
      expect(parseCellValue(text)).toEqual({ kind: 'unreadable', raw: text, reason: 'not-a-number' });
    },
  );

  test.each(['41% (Q3', '12 abc', '12abc', '0.28 (Q3 tracking', '5 ()', '5 (a (b))', '5 (a) (b)', '5 ****', '12e3', '5 %%', '5 ) (a'])(
    '%s: a number followed by junk is a bad-annotation',
    (text) => {
      expect(parseCellValue(text)).toEqual({ kind: 'unreadable', raw: text, reason: 'bad-annotation' });
    },
  );

  test('booleans are not numbers', () => {
    expect(parseCellValue(true)).toEqual({ kind: 'unreadable', raw: 'TRUE', reason: 'not-a-number' });
    expect(parseCellValue(false)).toEqual({ kind: 'unreadable', raw: 'FALSE', reason: 'not-a-number' });
  });

  test('a value outside CellValue that a host let through is read as its text, without throwing', () => {
    const richText = { toString: () => '12 (Q3)' } as unknown as string;
    expect(parseCellValue(richText)).toMatchObject({ kind: 'number', value: 12, note: 'Q3', raw: '12 (Q3)' });
    expect(parseCellValue({ text: 'x' } as unknown as string)).toEqual({ kind: 'unreadable', raw: '[object Object]', reason: 'not-a-number' });
  });

  test.each([NaN, Infinity, -Infinity, 1e16, -2e300, 1e-10, -5e-17])('number %s is unreadable', (n) => {
    expect(parseCellValue(n)).toEqual({ kind: 'unreadable', raw: String(n), reason: 'not-a-number' });
  });

  test('text numbers too large or too small are unreadable', () => {
    expect(parseCellValue('9'.repeat(400))).toMatchObject({ kind: 'unreadable', reason: 'not-a-number' });
    expect(parseCellValue('10,000,000,000,000,000')).toMatchObject({ kind: 'unreadable', reason: 'not-a-number' });
    expect(parseCellValue('0.0000000001')).toMatchObject({ kind: 'unreadable', reason: 'not-a-number' });
  });
});

describe('parseCellValue: no data', () => {
  test.each(['-', '\u2013', '\u2014', 'n/a', 'N/A', 'na', 'NA', '..', '', '   ', '\u00a0', ' - ', '\tn/a\n'])(
    '%j is no data',
    (text) => {
      expect(parseCellValue(text)).toEqual({ kind: 'no-data', raw: text });
    },
  );

  test('an empty cell is no data', () => {
    expect(parseCellValue(null)).toEqual({ kind: 'no-data', raw: '' });
  });
});

describe('parseCellValue: number cells', () => {
  test('a plain number is kept', () => {
    expect(parseCellValue(47.21)).toEqual({ kind: 'number', value: 47.21, isPercent: false, footnotes: [], raw: '47.21' });
    expect(parseCellValue(124, 'General')).toEqual({ kind: 'number', value: 124, isPercent: false, footnotes: [], raw: '124' });
    expect(parseCellValue(0)).toMatchObject({ kind: 'number', value: 0 });
    expect(numberOf(parseCellValue(-0)).value).toBe(0);
  });

  test('a % number format marks a stored fraction as a percentage', () => {
    expect(parseCellValue(0.428, '0.0%')).toEqual({ kind: 'number', value: 0.428, isPercent: true, footnotes: [], raw: '0.428' });
    expect(numberOf(parseCellValue(0.41, '0%')).isPercent).toBe(true);
    expect(numberOf(parseCellValue(0.054, '#,##0.00%;[Red]-#,##0.00%')).isPercent).toBe(true);
  });

  test('a % shown as literal text in the format is not a percentage format', () => {
    expect(numberOf(parseCellValue(42.8, '0.0"%"')).isPercent).toBe(false);
    expect(numberOf(parseCellValue(42.8, '0.0\\%')).isPercent).toBe(false);
    expect(numberOf(parseCellValue(42.8, '0.0')).isPercent).toBe(false);
  });
});

describe('parseCellValue: seed 002 Appendix 1 values', () => {
  test.each([
    ['0.82', 0.82, false],
    ['124', 124, false],
    ['47.21', 47.21, false],
    ['51.61', 51.61, false],
    ['5.4%', 0.054, true],
    ['92.7%', 0.927, true],
    ['84.5%', 0.845, true],
    ['41%', 0.41, true],
    ['42.8%', 0.428, true],
  ])('%s → %s', (text, value, isPercent) => {
    expect(parseCellValue(text)).toEqual({ kind: 'number', value, isPercent, footnotes: [], raw: text });
  });

  test('0.28 (Q3 tracking): the note is kept and reads as year-to-date through Q3', () => {
    expect(parseCellValue('0.28 (Q3 tracking)')).toEqual({
      kind: 'number', value: 0.28, isPercent: false, footnotes: [], note: 'Q3 tracking',
      period: { label: 'Q3 tracking', months: 9, partial: true }, raw: '0.28 (Q3 tracking)',
    });
  });

  test('83 (April -Dec2016): a nine-month partial period', () => {
    expect(parseCellValue('83 (April -Dec2016)')).toEqual({
      kind: 'number', value: 83, isPercent: false, footnotes: [], note: 'April -Dec2016',
      period: { label: 'April -Dec2016', months: 9, partial: true }, raw: '83 (April -Dec2016)',
    });
  });

  test('28% (Apr2015-Mar2016) and 37% (Jan2016-Dec2016): full-year periods', () => {
    expect(parseCellValue('28% (Apr2015-Mar2016)')).toEqual({
      kind: 'number', value: 0.28, isPercent: true, footnotes: [], note: 'Apr2015-Mar2016',
      period: { label: 'Apr2015-Mar2016', months: 12, partial: false }, raw: '28% (Apr2015-Mar2016)',
    });
    expect(parseCellValue('37% (Jan2016-Dec2016)')).toMatchObject({
      value: 0.37, isPercent: true, period: { label: 'Jan2016-Dec2016', months: 12, partial: false },
    });
  });

  test('2003* and 1611**: footnote marks kept', () => {
    expect(parseCellValue('2003*')).toEqual({ kind: 'number', value: 2003, isPercent: false, footnotes: ['*'], raw: '2003*' });
    expect(parseCellValue('1611**')).toEqual({ kind: 'number', value: 1611, isPercent: false, footnotes: ['**'], raw: '1611**' });
  });

  test('- is no data', () => {
    expect(parseCellValue('-')).toEqual({ kind: 'no-data', raw: '-' });
  });
});

describe('parseCellValue: text numbers and annotations', () => {
  test('signs, thousands separators and leading decimals', () => {
    expect(numberOf(parseCellValue('-3.5')).value).toBe(-3.5);
    expect(numberOf(parseCellValue('+2')).value).toBe(2);
    expect(numberOf(parseCellValue('\u22124')).value).toBe(-4);
    expect(numberOf(parseCellValue('1,611')).value).toBe(1611);
    expect(numberOf(parseCellValue('12,345,678.9')).value).toBe(12345678.9);
    expect(numberOf(parseCellValue('.5')).value).toBe(0.5);
    expect(numberOf(parseCellValue('-0')).value).toBe(0);
    expect(numberOf(parseCellValue('-12.5%')).value).toBe(-0.125);
    expect(numberOf(parseCellValue('42.8 %')).value).toBe(0.428);
  });

  test('surrounding whitespace and non-breaking spaces are tolerated; raw keeps the text as typed', () => {
    expect(parseCellValue('\u00a0 1,611 \u202f')).toEqual({
      kind: 'number', value: 1611, isPercent: false, footnotes: [], raw: '\u00a0 1,611 \u202f',
    });
    expect(numberOf(parseCellValue('83\u00a0(April -Dec2016)')).period).toEqual({ label: 'April -Dec2016', months: 9, partial: true });
  });

  test('footnotes and one note in either order, with or without spaces', () => {
    expect(parseCellValue('1611** (est)')).toMatchObject({ value: 1611, footnotes: ['**'], note: 'est' });
    expect(parseCellValue('1611(est)**')).toMatchObject({ value: 1611, footnotes: ['**'], note: 'est' });
    expect(parseCellValue('12 *** ')).toMatchObject({ value: 12, footnotes: ['***'] });
    expect(parseCellValue('12\u2020')).toMatchObject({ value: 12, footnotes: ['\u2020'] });
    expect(parseCellValue('12*\u2020')).toMatchObject({ value: 12, footnotes: ['*', '\u2020'] });
    expect(parseCellValue('28%* (Apr2015-Mar2016)')).toMatchObject({ value: 0.28, isPercent: true, footnotes: ['*'], note: 'Apr2015-Mar2016' });
    expect(parseCellValue('41 [provisional]')).toMatchObject({ value: 41, note: 'provisional' });
  });

  test('a note that names no period sets no period', () => {
    const parsed = numberOf(parseCellValue('2003 (estimated)'));
    expect(parsed.note).toBe('estimated');
    expect(parsed).not.toHaveProperty('period');
  });

  test('notes naming a quarter span or year-to-date set a partial period', () => {
    expect(numberOf(parseCellValue('250 (Q1-Q3)')).period).toEqual({ label: 'Q1-Q3', months: 9, partial: true });
    expect(numberOf(parseCellValue('0.3 (YTD)')).period).toEqual({ label: 'YTD', partial: true });
    expect(numberOf(parseCellValue('512 (Apr-Sep 2022)')).period).toEqual({ label: 'Apr-Sep 2022', months: 6, partial: true });
  });
});

describe('parseCellValue: performance', () => {
  test.each([
    ['digits', '1'.repeat(100_000)],
    ['separated digits', '1,234'.repeat(20_000)],
    ['number then open note', `12 (${'a'.repeat(100_000)}`],
    ['number then long note', `12 (${'Apr '.repeat(25_000)})`],
    ['brackets', '('.repeat(100_000)],
    ['spaces then junk', `12${' '.repeat(100_000)}x`],
    ['stars', `12${'*'.repeat(100_000)}`],
    ['letters', 'a'.repeat(100_000)],
  ])('100,000-character %s text is read quickly', (_name, text) => {
    const started = Date.now();
    const parsed = parseCellValue(text);
    expect(Date.now() - started).toBeLessThan(500);
    expect(parsed.kind).not.toBe('no-data');
  });
});
