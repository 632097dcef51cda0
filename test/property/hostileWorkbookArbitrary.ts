import fc from 'fast-check';
import { INDICATOR_INPUT_COLUMNS, POLARITIES, MEASURES, type CellValue, type SheetGrid } from '../../src/engine';

/** Where the generator put an Indicators table, so the properties know which cells are inputs. */
export interface PlantedTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** Input key of each header column, by 0-based column. */
  readonly keys: ReadonlyArray<string | undefined>;
}

export interface HostileWorkbook {
  readonly sheets: ReadonlyArray<SheetGrid>;
  readonly tables: ReadonlyArray<PlantedTable>;
}

export const excelError = fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!').map((error): CellValue => ({ error }));
export const formulaText = fc.tuple(fc.constantFrom('=', '+', '-', '@', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '-2+3', '+44 116 305'), fc.string({ maxLength: 12 })).map(([a, b]) => a + b);
const annotated = fc.constantFrom(
  '83 (April -Dec2016)', '2003*', '1611**', '41%', '0.28 (Q3 tracking)', '28% (Apr2015-Mar2016)', '1,611', '-', 'n/a', '..', 'N/A',
  '12 (', '5 )(', '1,2345', '\u22124', '\u2020', '42.8', '0.428', '10/9', '4/9', '  ', '1e5', '0x1F', '١٢٣', '５０', '12 (a) (b)', '3 ‡ (Q1-Q3)',
);
export const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.constantFrom(1e308, -1e308, 5e-324, 1e-10, 1e15, 1e16, Number.NaN, Infinity, -Infinity, -0, 0, 0.5, 100, 1000),
);
export const unicode = fc.string({ unit: 'grapheme', maxLength: 24 });
/** Names every JS object answers to: a lookup in a plain object finds these on Object's prototype. */
export const OBJECT_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length'] as const;
export const objectKey = fc.constantFrom(...OBJECT_KEYS);
export const longText = fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 200, max: 1500 })).map(([s, n]) => s.repeat(n));

/** Any cell a host may hand the engine, weighted toward the awkward. */
export const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: excelError },
  { weight: 2, arbitrary: formulaText },
  { weight: 3, arbitrary: annotated },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: objectKey },
);

const indicatorName = fc.oneof(
  fc.constantFrom('Total Crime rate (per 1,000 population)', '% of people who feel safe', 'Number of first time entrants', 'Hate incidents', 'Burglary'),
  formulaText, unicode, longText, excelError, fc.constant(null), number, objectKey,
);
const polarity = fc.oneof(fc.constantFrom(...POLARITIES), junkCell);
const measure = fc.oneof(fc.constantFrom(...MEASURES), junkCell);
const outcome = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constantFrom('Ongoing reductions in crime', '=Outcome', '') }, { weight: 1, arbitrary: junkCell }, { weight: 1, arbitrary: objectKey });

const INPUT_KEYS: ReadonlyArray<string> = INDICATOR_INPUT_COLUMNS.map((c) => c.key);
const HEADER_TEXT: Record<string, ReadonlyArray<string>> = Object.fromEntries(
  INDICATOR_INPUT_COLUMNS.map((c) => [c.key, [c.canonical, ...(('synonyms' in c ? c.synonyms : []) as ReadonlyArray<string>)]]),
);
HEADER_TEXT.previousValue = [...HEADER_TEXT.previousValue, 'Previous Year (2015-16)'];
HEADER_TEXT.currentValue = [...HEADER_TEXT.currentValue, 'Current Year (2016-17)', 'Current Year (Apr-Dec 2016)'];

/** Sheet names Excel accepts (no []:*?/\, at most 31 characters), none the add-in owns. */
const SHEET_NAMES = ['Indicators', 'Appendix 1', 'Données 📊', "O'Brien's data", 'Sheet 2', '=SUM(A1)', '-Dashboard-', 'Ünïcødé', 'Q4 2016-17', '@home'];

function cellFor(key: string | undefined): fc.Arbitrary<CellValue> {
  switch (key) {
    case 'indicator': return indicatorName;
    case 'polarity': return polarity;
    case 'measure': return measure;
    case 'outcome': return outcome;
    default: return junkCell;
  }
}

export const indicatorsTable = fc
  .record({
    keys: fc.shuffledSubarray([...INPUT_KEYS]),
    junkHeaders: fc.array(fc.oneof(objectKey, fc.constantFrom('Junk', '=Notes', '')), { maxLength: 2 }),
    titleRows: fc.array(fc.array(fc.oneof(fc.constant(null), unicode, formulaText, objectKey), { maxLength: 3 }), { maxLength: 3 }),
    headerPick: fc.array(fc.nat(), { minLength: INPUT_KEYS.length, maxLength: INPUT_KEYS.length }),
    rowCount: fc.integer({ min: 0, max: 10 }),
  })
  .chain(({ keys, junkHeaders, titleRows, headerPick, rowCount }) => {
    const chosen = [...keys];
    if (!chosen.includes('indicator')) chosen.unshift('indicator');
    if (!chosen.includes('currentValue') && !(chosen.includes('currentCount') && chosen.includes('currentDenominator'))) chosen.push('currentValue');
    const columns: Array<string | undefined> = [...chosen];
    junkHeaders.forEach((_, j) => columns.splice((j * 3) % (columns.length + 1), 0, undefined));
    let junkAt = 0;
    const header: CellValue[] = columns.map((key) => (key ? HEADER_TEXT[key][headerPick[INPUT_KEYS.indexOf(key)] % HEADER_TEXT[key].length] : junkHeaders[junkAt++]));
    const row = fc.record({
      cells: fc.tuple(...columns.map((key) => cellFor(key))),
      stray: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), junkCell), { freq: 4 }),
    });
    return fc.record({
      rows: fc.array(row, { minLength: rowCount, maxLength: rowCount }),
      blankAt: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
      footnotes: fc.array(fc.constantFrom('* Estimated figure.', '** Not comparable with last year.', 'Note: provisional', '=1+1'), { maxLength: 2 }),
    }).map(({ rows, blankAt, footnotes }) => {
      const width = columns.length;
      const values: CellValue[][] = titleRows.map((r) => [...r]);
      const headerRow = values.length;
      values.push(header);
      rows.forEach((r, i) => {
        if (blankAt !== null && i === blankAt) values.push([]);
        const line: CellValue[] = [...r.cells];
        if (r.stray) {
          while (line.length < width + r.stray[0]) line.push(null);
          line[width + r.stray[0]] = r.stray[1];
        }
        values.push(line);
      });
      values.push([], ...footnotes.map((f) => [f]));
      return { values, headerRow, keys: columns };
    });
  });

const junkSheet = fc.array(fc.array(junkCell, { maxLength: 6 }), { maxLength: 8 });

export const settingName = fc.oneof(
  fc.constantFrom('Home area', 'Stable tolerance', 'Red threshold', 'Sanity bound', 'Small number threshold', 'Districts', 'Overall RAG method', 'Polarity: Hate incidents', 'Range: Hate incidents'),
  fc.constantFrom('Polarity: constructor', 'Range: __proto__', 'Measure: toString', 'Target: valueOf', 'Polarity: hasOwnProperty', 'Target: length'),
  fc.tuple(fc.constantFrom('Polarity', 'Range', 'Measure', 'Target'), objectKey).map(([p, k]) => `${p}: ${k}`),
  objectKey,
  unicode,
);
const settingsSheet = fc.array(fc.tuple(settingName, junkCell), { maxLength: 6 })
  .map((rows): CellValue[][] => [['Setting', 'Value'], ...rows.map(([a, b]) => [a, b])]);

/** A workbook of one or two Indicators tables full of junk, perhaps a junk sheet and a Settings sheet. */
export const hostileWorkbook: fc.Arbitrary<HostileWorkbook> = fc
  .record({
    tables: fc.array(indicatorsTable, { minLength: 1, maxLength: 2 }),
    junk: fc.option(junkSheet, { freq: 2 }),
    settings: fc.option(settingsSheet, { freq: 2 }),
    names: fc.shuffledSubarray(SHEET_NAMES, { minLength: 3, maxLength: 3 }),
  })
  .map(({ tables, junk, settings, names }) => {
    const sheets: SheetGrid[] = [];
    const planted: PlantedTable[] = [];
    tables.forEach((t, i) => {
      sheets.push({ name: names[i], values: t.values });
      planted.push({ sheet: names[i], headerRow: t.headerRow, keys: t.keys });
    });
    if (junk) sheets.push({ name: names[2], values: junk });
    if (settings) sheets.push({ name: 'Settings', values: settings });
    return { sheets, tables: planted };
  });
