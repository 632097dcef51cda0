import fc from 'fast-check';
import {
  DISTRICT_INPUT_COLUMNS, DISTRICT_OUTPUT_COLUMNS, POLARITIES, RISK_COLUMN_SPECS, RISK_OUTPUT_COLUMNS,
  type CellValue, type SheetGrid,
} from '../../src/engine';
import { PEER_INPUT_COLUMNS, PEER_OUTPUT_COLUMNS } from '../../src/engine/peers/peerColumns';
import { TREND_INPUT_COLUMNS, TREND_OUTPUT_COLUMNS } from '../../src/engine/trends/trendColumns';
import { excelError, formulaText, indicatorsTable, junkCell, longText, number, objectKey, settingName, unicode, type PlantedTable } from './hostileWorkbookArbitrary';

export type KindName = 'districts' | 'peers' | 'trends' | 'risk';

/** Where the generator put a Districts, Peers, Trends or Risk Matrix table; its `keys` may name output columns too. */
export interface PlantedKindTable extends PlantedTable {
  readonly kind: KindName;
}

export interface HostileKindsWorkbook {
  readonly sheets: ReadonlyArray<SheetGrid>;
  readonly tables: ReadonlyArray<PlantedKindTable>;
}

type Spec = { readonly key: string; readonly canonical: string; readonly synonyms?: ReadonlyArray<string> };
const namesOf = (spec: Spec): ReadonlyArray<string> => [spec.canonical, ...(spec.synonyms ?? [])];

/** A small pool of names, so rows repeat (ranks, groups, duplicates) yet every hostile name shows up. */
const pooled = (...names: string[]) => fc.oneof(
  { weight: 5, arbitrary: fc.constant(names[0]) },
  { weight: 6, arbitrary: fc.constantFrom(...names) },
  { weight: 2, arbitrary: objectKey },
  { weight: 1, arbitrary: fc.oneof(formulaText, longText, unicode, excelError, number, fc.constant(null), fc.constant('')) },
);
const indicator = pooled('Burglary', 'Hate incidents', 'Total Crime rate (per 1,000 population)', '% of people who feel safe', 'burglary ');
const district = pooled('Blaby', 'Charnwood', 'Harborough', 'Melton', 'County', 'Total', 'Leicestershire', 'blaby');
const area = pooled('Leicestershire', 'Derbyshire', 'Nottinghamshire', 'Staffordshire', 'Northamptonshire', 'leicestershire');
const category = pooled('Burglary', 'Domestic abuse', 'Hate crime', 'Anti-social behaviour', 'burglary');
const period = pooled('2015-16', '2016-17', 'Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'Apr-Sep 2022', 'Apr2015-Mar2016', '2016-17 (provisional)', 'Jan 2023', '');
const figure = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, -3, 1e308, -1e308, Number.NaN, Infinity, -Infinity, 5e-324, 0.5) },
  { weight: 2, arbitrary: junkCell },
);
const population = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1000, max: 400_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, -1000, 1e308, Number.NaN, Infinity, 1, 3) },
  { weight: 2, arbitrary: junkCell },
);
const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 18 }) },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 19, 1e308, Number.NaN, Infinity, 2.5) },
  { weight: 2, arbitrary: junkCell },
);

function cellFor(key: string | undefined): fc.Arbitrary<CellValue> {
  switch (key) {
    case 'district': return district;
    case 'area': return area;
    case 'indicator': return indicator;
    case 'category': return category;
    case 'period': return period;
    case 'count': case 'value': case 'volume': return figure;
    case 'population': return population;
    case 'probability': case 'harm': return score;
    default: return fc.constant(null);
  }
}

interface KindShape {
  readonly kind: KindName;
  readonly inputs: ReadonlyArray<Spec>;
  readonly outputs: ReadonlyArray<Spec>;
  /** Input keys the header must hold for the sheet to be recognised as this kind. */
  readonly required: (keys: ReadonlyArray<string>) => ReadonlyArray<string>;
}

const withFigure = (keys: ReadonlyArray<string>, needed: string[]) =>
  keys.includes('value') || (keys.includes('count') && keys.includes('population')) ? needed : [...needed, 'value'];

const HARM_HEADERS = ['Harm', 'Harm (Police)', 'Harm score (Fire)', 'Harm - Council', 'Harm: constructor', 'Harm __proto__', 'harm toString'];

const SHAPES: Record<KindName, KindShape> = {
  districts: {
    kind: 'districts', inputs: DISTRICT_INPUT_COLUMNS, outputs: DISTRICT_OUTPUT_COLUMNS,
    required: (keys) => withFigure(keys, ['district', 'indicator']),
  },
  peers: {
    kind: 'peers', inputs: PEER_INPUT_COLUMNS.filter((c) => c.key !== 'district'), outputs: PEER_OUTPUT_COLUMNS,
    required: (keys) => withFigure(keys, ['area', 'indicator']),
  },
  trends: {
    kind: 'trends', inputs: TREND_INPUT_COLUMNS.filter((c) => c.key !== 'district' && c.key !== 'area'), outputs: TREND_OUTPUT_COLUMNS,
    required: (keys) => withFigure(keys, ['indicator', 'period']),
  },
  risk: {
    kind: 'risk',
    inputs: [...RISK_COLUMN_SPECS.filter((c) => ['category', 'volume', 'probability', 'period'].includes(c.key)), { key: 'harm', canonical: 'Harm', synonyms: HARM_HEADERS.slice(1) }],
    outputs: RISK_OUTPUT_COLUMNS,
    required: (keys) => (keys.includes('probability') || keys.includes('volume') ? ['category', 'harm'] : ['category', 'volume', 'harm']),
  },
};

/** One hostile table of a kind: shuffled inputs, some repeated harm columns, junk and object-key headers, empty existing outputs. */
function kindTable(shape: KindShape) {
  const inputKeys = shape.inputs.map((c) => c.key);
  return fc
    .record({
      keys: fc.shuffledSubarray(inputKeys),
      extraHarms: shape.kind === 'risk' ? fc.integer({ min: 0, max: 3 }) : fc.constant(0),
      outputs: fc.subarray(shape.outputs.map((c) => c.key), { maxLength: Math.min(3, shape.outputs.length) }),
      junkHeaders: fc.array(fc.oneof(objectKey, fc.constantFrom('Junk', '=Notes', '', 'Indicator')), { maxLength: 2 }),
      titleRows: fc.array(fc.array(fc.oneof(fc.constant(null), unicode, formulaText, objectKey), { maxLength: 3 }), { maxLength: 2 }),
      headerPick: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      rowCount: fc.integer({ min: 0, max: 14 }),
    })
    .chain(({ keys, extraHarms, outputs, junkHeaders, titleRows, headerPick, rowCount }) => {
      const chosen = [...keys];
      for (const key of shape.required(chosen)) if (!chosen.includes(key)) chosen.push(key);
      for (let h = 0; h < extraHarms; h++) chosen.push('harm');
      const columns: Array<string | undefined> = [...chosen, ...outputs];
      junkHeaders.forEach((_, j) => columns.splice((j * 3) % (columns.length + 1), 0, undefined));
      let junkAt = 0;
      const specs = [...shape.inputs, ...shape.outputs];
      const header: CellValue[] = columns.map((key, c) => {
        if (key === undefined) return junkHeaders[junkAt++];
        const names = namesOf(specs.find((s) => s.key === key)!);
        return names[(headerPick[c % headerPick.length] + c) % names.length];
      });
      const inputColumns = columns.map((key) => (key !== undefined && inputKeys.includes(key) ? key : undefined));
      const row = fc.tuple(...inputColumns.map((key) => (key === undefined ? fc.constant(null) : cellFor(key))));
      return fc.record({
        rows: fc.array(row, { minLength: rowCount, maxLength: rowCount }),
        blankAt: fc.option(fc.integer({ min: 0, max: 14 }), { freq: 4 }),
        footnotes: fc.array(fc.constantFrom('* Estimated figure.', 'Note: provisional', '=1+1', 'constructor'), { maxLength: 2 }),
      }).map(({ rows, blankAt, footnotes }) => {
        const values: CellValue[][] = titleRows.map((r) => [...r]);
        const headerRow = values.length;
        values.push(header);
        rows.forEach((r, i) => {
          if (blankAt !== null && i === blankAt) values.push([]);
          values.push([...r]);
        });
        values.push([], ...footnotes.map((f) => [f]));
        return { values, headerRow, keys: columns, kind: shape.kind };
      });
    });
}

export const districtsTable = kindTable(SHAPES.districts);
export const peersTable = kindTable(SHAPES.peers);
export const trendsTable = kindTable(SHAPES.trends);
export const riskTable = kindTable(SHAPES.risk);

const names = (pool: fc.Arbitrary<CellValue>) => fc.array(pool, { maxLength: 5 }).map((n) => n.map((v) => (v === null || typeof v === 'object' ? '' : String(v))).join(', '));

const POLARITY_ROWS: ReadonlyArray<[string, string]> = [
  ['Polarity: Burglary', 'Low is good'], ['Polarity: Hate incidents', 'High is good'], ['Polarity: constructor', 'Low is good'],
  ['Polarity: __proto__', 'High is good'], ['Polarity: toString', 'In range'], ['Range: toString', '28%-40%'], ['Measure: Burglary', 'Rate per 1,000'],
  ['Measure: valueOf', 'Percentage'], ['Polarity: valueOf', 'High is good'], ['Target: hasOwnProperty', '5'], ['Polarity: length', 'No judgement'],
];

/**
 * Settings the other kinds read: usually a Home area and polarities (so Peers rank and Districts judge),
 * object-key indicators among them, then rows with hostile values.
 */
export const kindSettingsSheet = fc.record({
  home: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constant('Leicestershire') }, { weight: 1, arbitrary: area }), { freq: 5 }),
  polarities: fc.subarray([...POLARITY_ROWS]),
  extras: fc.array(
    fc.oneof(
      fc.tuple(fc.constant('Districts'), names(district)),
      fc.tuple(fc.constantFrom('Probability bands', 'Risk bands', 'Probability scale', 'Harm scale', 'Harm disagreement', 'SPC run length', 'SPC trend length', 'Suppress below', 'Confidence level', 'Direction method', 'Small number threshold'), fc.oneof(junkCell, fc.constantFrom('0:1, 10:3, 50:6', '108, 216', '1-18', '0-0', '18-1', '99.8%', 'significance', '1', '0', '-1', '2'))),
      fc.tuple(fc.tuple(fc.constantFrom('Polarity', 'Measure', 'Range', 'Target'), indicator).map(([p, i]) => `${p}: ${String(i)}`), fc.oneof(fc.constantFrom(...POLARITIES), fc.constantFrom('Rate per 1,000', 'Percentage', '28%-40%', '5'), junkCell)),
      fc.tuple(settingName, junkCell),
    ),
    { maxLength: 5 },
  ),
}).map(({ home, polarities, extras }): CellValue[][] => [
  ['Setting', 'Value'],
  ...(home === null ? [] : [['Home area', home]]),
  ...polarities.map(([a, b]) => [a, b]),
  ...extras.map(([a, b]) => [a as CellValue, b as CellValue]),
]);

/** Sheet names Excel accepts, object-property names among them; none the add-in owns. */
const KIND_SHEET_NAMES = ['Districts', 'Peers', 'Trends', 'Risk Matrix', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length', '=Risk', '@Peers', 'Données 📊'];

/** Number formats a host may report per column, object keys and odd sections among them. */
const columnFormats = fc.array(fc.constantFrom(undefined, '0.0%', '0%', 'General', '@', '#,##0', '0.00', 'constructor', '__proto__', '[Red]0.0%;-0.0%', '"£"#,##0', '0.0"%"'), { maxLength: 8 });

const withFormats = (values: CellValue[][], formats: ReadonlyArray<string | undefined>): SheetGrid['numberFormats'] =>
  formats.length === 0 ? undefined : values.map((row) => row.map((_, c) => formats[c % formats.length]));

/** A workbook of hostile Districts, Peers, Trends and Risk Matrix tables, perhaps with an Indicators table and Settings. */
export const hostileKindsWorkbook: fc.Arbitrary<HostileKindsWorkbook> = fc
  .record({
    tables: fc.array(fc.oneof(districtsTable, peersTable, trendsTable, riskTable), { minLength: 1, maxLength: 3 }),
    indicators: fc.option(indicatorsTable, { freq: 2 }),
    settings: fc.option(kindSettingsSheet, { freq: 6 }),
    names: fc.shuffledSubarray(KIND_SHEET_NAMES, { minLength: 4, maxLength: 4 }),
    formats: columnFormats,
  })
  .map(({ tables, indicators, settings, names: sheetNames, formats }) => {
    const sheets: SheetGrid[] = [];
    const planted: PlantedKindTable[] = [];
    tables.forEach((t, i) => {
      const numberFormats = withFormats(t.values, formats);
      sheets.push({ name: sheetNames[i], values: t.values, ...(numberFormats ? { numberFormats } : {}) });
      planted.push({ sheet: sheetNames[i], kind: t.kind, headerRow: t.headerRow, keys: t.keys });
    });
    if (indicators) sheets.push({ name: sheetNames[3], values: indicators.values });
    if (settings) {
      const numberFormats = withFormats(settings, formats);
      sheets.push({ name: 'Settings', values: settings, ...(numberFormats ? { numberFormats } : {}) });
    }
    return { sheets, tables: planted };
  });
