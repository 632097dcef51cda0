import fc from 'fast-check';
import { calculateWorkbook, type CellValue, type SheetGrid } from '../../src/engine';
import { hostileKindsWorkbook, type HostileKindsWorkbook } from './hostileKindsArbitrary';
import { calculateWithoutThrowing, expectFindingsNameCells, expectPlanKeepsInputs } from './workbookProperties';

/** Fewer than the Indicators suite's 1,000 to keep the property suite quick; FC_KINDS_RUNS raises it for a soak. */
const RUNS = Number(process.env.FC_KINDS_RUNS ?? 250);

/** A stable text of a calculation, NaN and infinities included. */
const textOf = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

function check({ sheets, tables }: HostileKindsWorkbook): void {
  const result = calculateWithoutThrowing(sheets);
  // Each planted table is read as the kind it was made as, from its header row.
  for (const table of tables) {
    const recognised = result.sheets.find((s) => s.name === table.sheet);
    expect({ sheet: table.sheet, kind: recognised?.kind, headerRow: recognised?.headerRow }).toEqual({ sheet: table.sheet, kind: table.kind, headerRow: table.headerRow });
  }
  expectFindingsNameCells(sheets, result);
  expectPlanKeepsInputs(sheets, result);
}

describe('hostile Districts, Peers, Trends and Risk Matrix sheets through calculateWorkbook and the in-memory host', () => {
  it(`never throw, name a sheet and cell in every finding, keep inputs and store formula-looking text as text (${RUNS} workbooks)`, () => {
    fc.assert(fc.property(hostileKindsWorkbook, check), { numRuns: RUNS, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true });
  }, 90_000);

  it('give the same result when calculated twice', () => {
    fc.assert(fc.property(hostileKindsWorkbook, ({ sheets }) => {
      expect(textOf(calculateWorkbook(sheets, { writeValidationSheet: true }))).toBe(textOf(calculateWorkbook(sheets, { writeValidationSheet: true })));
    }), { numRuns: 40 });
  });

  it('a hand-made case: object-property names, formula-like text and impossible figures on every kind of sheet', () => {
    const sheets: SheetGrid[] = [
      { name: 'constructor', values: [
        ['District', 'Indicator', 'Period', 'Count', 'Population', '__proto__'],
        ['constructor', '__proto__', '2016-17', 5, 0],
        ['__proto__', '__proto__', '2016-17', -3, -1000],
        ['toString', '__proto__', '2016-17', 1e308, Infinity],
        ['=cmd|\' /C calc\'!A0', 'toString', 'valueOf', Number.NaN, 1000],
        ['hasOwnProperty', 'toString', 'valueOf', 4, 1000],
      ] },
      { name: '__proto__', values: [
        ['Area', 'Indicator', 'Value', 'Rank'],
        ['Leicestershire', 'constructor', 5],
        ['constructor', 'constructor', 6],
        ['__proto__', 'constructor', -1e308],
        ['prototype', 'constructor', '@SUM(1)'],
      ] },
      { name: 'Trends', values: [
        ['Indicator', 'Period', 'Value'],
        ...['Q1 2022/23', 'Q2 2022/23', '', 'constructor', 'Q1 2022/23'].map((period, i): CellValue[] => ['valueOf', period, [1, 2, 3, Number.NaN, 1e308][i]]),
      ] },
      { name: 'Risk Matrix', values: [
        ['Category', 'Volume', 'Probability', 'Harm (Police)', 'Harm constructor', 'Harm score'],
        ['constructor', 0, null, 19, -1],
        ['__proto__', -5, 'hasOwnProperty', 1e308, 3],
        ['constructor', Infinity, 18, 18, 18],
        ['=1+1', 10, 3, '+2', null],
      ] },
      { name: 'Settings', values: [
        ['Setting', 'Value'], ['Home area', 'Leicestershire'], ['Polarity: constructor', 'Low is good'], ['Range: __proto__', '28%-40%'],
        ['Measure: toString', 'Percentage'], ['Target: valueOf', '5'], ['Polarity: __proto__', 'High is good'], ['Districts', 'constructor, __proto__, length'],
      ] },
    ];
    check({ sheets, tables: [
      { sheet: 'constructor', kind: 'districts', headerRow: 0, keys: [] },
      { sheet: '__proto__', kind: 'peers', headerRow: 0, keys: [] },
      { sheet: 'Trends', kind: 'trends', headerRow: 0, keys: [] },
      { sheet: 'Risk Matrix', kind: 'risk', headerRow: 0, keys: [] },
    ] });
  });
});
