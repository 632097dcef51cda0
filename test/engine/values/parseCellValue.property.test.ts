import fc from 'fast-check';
import type { CellValue } from '../../../src/engine/grid/CellGrid';
import { parseCellValue } from '../../../src/engine/values/parseCellValue';
import { parseCellValue as parseCellValueBefore } from './fixtures/parseCellValueBefore';

/** Thousands of cases each: more than jest's default 5 s on a busy machine. */
const PROPERTY_TIMEOUT = 60_000;

/** Same result, key order included, and the same double (JSON alone reads -0 as 0). */
function expectSameParse(value: CellValue, numberFormat?: string): void {
  const now = parseCellValue(value, numberFormat);
  const before = parseCellValueBefore(value, numberFormat);
  expect(JSON.stringify(now)).toBe(JSON.stringify(before));
  expect(now).toStrictEqual(before);
  if (now.kind === 'number' && before.kind === 'number') expect(Object.is(now.value, before.value)).toBe(true);
}

const CELL_CHARS = ['0', '1', '2', '5', '9', ',', '.', '+', '-', '\u2212', '\u2013', '%', '*', '\u2020', '\u2021',
  '(', ')', '[', ']', ' ', ' ', 'a', 'Q', 'n', '/', 'e', '#', '\t', '\n', '\u00a0', '\u202f', '\ufeff'];
const cellText = fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 24 }).map((chars) => chars.join(''));

/** Texts shaped like figures, so most cases reach the number and annotation readers. */
const digitRun = fc.array(fc.constantFrom('0', '1', '3', '7', '9'), { minLength: 1, maxLength: 20 }).map((d) => d.join(''));
const numberText = fc.tuple(
  fc.constantFrom('', '', '-', '+', '\u2212', ' ', '\u00a0'),
  fc.oneof(digitRun, fc.array(digitRun, { minLength: 1, maxLength: 5 }).map((groups) => groups.join(','))),
  fc.oneof(fc.constant(''), digitRun.map((d) => `.${d}`), fc.constantFrom('.', '..5', ',5')),
  fc.constantFrom('', '', '%', ' %', '%%', ' '),
).map((parts) => parts.join(''));
const note = fc.oneof(
  fc.constantFrom('Q3 tracking', 'April -Dec2016', 'Apr2015-Mar2016', 'est', ' YTD ', '', ' ', 'Q1-Q3', '2015-16'),
  cellText,
);
const annotation = fc.oneof(
  fc.constantFrom('*', '**', '***', '****', '\u2020', '\u2021\u2021', ' ', '\t', 'x', '%'),
  note.map((n) => `(${n})`),
  note.map((n) => `[${n}]`),
  note.map((n) => `(${n}`),
);
const figureText = fc.tuple(numberText, fc.array(annotation, { maxLength: 3 }))
  .map(([figure, notes]) => figure + notes.join(''));

describe('parseCellValue matches the implementation before the round-3 speed-up', () => {
  test('on random texts', () => {
    fc.assert(fc.property(cellText, (text) => expectSameParse(text)), { numRuns: 6_000 });
  }, PROPERTY_TIMEOUT);

  test('on texts shaped like annotated figures', () => {
    fc.assert(fc.property(figureText, (text) => expectSameParse(text)), { numRuns: 6_000 });
  }, PROPERTY_TIMEOUT);

  test('on number cells with number formats', () => {
    const format = fc.oneof(
      fc.constantFrom(undefined, '', 'General', '0%', '0.0%', '0.0"%"', '0.0\\%', '"%"0%', '#,##0.00%;[Red]-#,##0.00%'),
      fc.array(fc.constantFrom('0', '#', '%', '"', '\\', '.', ',', ' '), { maxLength: 10 }).map((c) => c.join('')),
    );
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e15, 1e-9, -1e-9, 1e15 + 1)), format,
      (value, numberFormat) => expectSameParse(value, numberFormat)), { numRuns: 3_000 });
  }, PROPERTY_TIMEOUT);

  test('on the Indicators sheet texts and edge cases', () => {
    for (const text of ['41%', '0.28 (Q3 tracking)', '83 (April -Dec2016)', '28% (Apr2015-Mar2016)', '2003*', '1611**',
      '92.7%', '1,234.5', '1,2345', '12,34', '.5', '-.5', '5.', '-0', '-0%', '0.0000000001', '1e5', '9'.repeat(40),
      '1,234,567,890,123,456.7', '123456789012345.6%', '0.00000000000000000000001%', '1 611', '12 % (a) *', '5 (a)(b)',
      '5 ()', '5 (a [b])', '5 (a) *** \u2020', '  ', '\u00a0n/A\t', '#n/a', ' #DIV/0! ', '\u2212 5', '+-5', null, true, false]) {
      expectSameParse(text);
    }
    expectSameParse({ error: '#REF!' });
  });
});
