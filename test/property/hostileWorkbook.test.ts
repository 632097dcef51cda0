import fc from 'fast-check';
import {
  cellAddress, parseCellValue, parseMeasure, parsePolarity,
  type CalculationResult, type CellValue, type SheetGrid,
} from '../../src/engine';
import { hostileWorkbook, type HostileWorkbook, type PlantedTable } from './hostileWorkbookArbitrary';
import { calculateWithoutThrowing, expectFindingsNameCells, expectPlanKeepsInputs } from './workbookProperties';

/** 1,000 generated workbooks per run (the floor); FC_RUNS raises it for a longer soak. */
const RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 0));

const NUMERIC_KEYS = new Set(['previousValue', 'currentValue', 'previousCount', 'currentCount', 'previousDenominator', 'currentDenominator', 'target', 'rangeLow', 'rangeHigh', 'tolerance']);
const ERROR_TEXT_KEYS = new Set(['outcome', 'indicator', 'previousPeriod', 'currentPeriod']);

const text = (v: CellValue) => (v === null ? '' : typeof v === 'object' ? v.error : String(v)).trim();

/** Cells of a planted table the engine cannot use, with why: each must have a finding at its address. */
function unusableCells(grid: SheetGrid, table: PlantedTable, result: CalculationResult): string[] {
  const recognised = result.sheets.find((s) => s.name === grid.name && s.kind === 'indicators');
  if (!recognised) throw new Error(`${grid.name} was not recognised as an Indicators sheet`);
  expect(recognised.headerRow).toBe(table.headerRow);
  const column = (key: string) => table.keys.indexOf(key);
  const out: string[] = [];
  for (let row = recognised.firstRow; row < recognised.endRow; row++) {
    const at = (key: string) => grid.values[row]?.[column(key)] ?? null;
    const named = text(at('indicator')) !== '';
    if (!named) {
      const hasInput = table.keys.some((k) => k !== undefined && k !== 'outcome' && k !== 'indicator' && text(at(k)) !== '');
      if (hasInput) out.push(cellAddress(row, column('indicator')));
      continue;
    }
    table.keys.forEach((key, c) => {
      if (key === undefined) return;
      const value = at(key);
      const address = cellAddress(row, c);
      if (NUMERIC_KEYS.has(key) && parseCellValue(value).kind === 'unreadable') out.push(address);
      if (key === 'polarity' && text(value) !== '' && !parsePolarity(text(value))) out.push(address);
      if (key === 'measure' && text(value) !== '' && !parseMeasure(text(value))) out.push(address);
      if (ERROR_TEXT_KEYS.has(key) && value !== null && typeof value === 'object') out.push(address);
    });
  }
  return out;
}

function check({ sheets, tables }: HostileWorkbook): void {
  const result = calculateWithoutThrowing(sheets);

  // Every unusable input cell is named by a finding at its address.
  for (const table of tables) {
    const grid = sheets.find((s) => s.name === table.sheet)!;
    const flagged = new Set(result.findings.filter((f) => f.sheet === table.sheet).map((f) => f.cell));
    const missed = unusableCells(grid, table, result).filter((address) => !flagged.has(address));
    expect({ sheet: table.sheet, missed }).toEqual({ sheet: table.sheet, missed: [] });
  }
  expectFindingsNameCells(sheets, result);
  expectPlanKeepsInputs(sheets, result);
}

describe('hostile workbooks through calculateWorkbook and the in-memory host', () => {
  it(`never throw, flag every unusable cell, keep inputs and store formula-looking text as text (${RUNS} workbooks)`, () => {
    fc.assert(fc.property(hostileWorkbook, check), { numRuns: RUNS, interruptAfterTimeLimit: 100_000, markInterruptAsFailure: true });
  }, 120_000);

  it('a known-hostile workbook: the same properties on a hand-made case', () => {
    const values: CellValue[][] = [
      ['=HYPERLINK("http://evil","click")'],
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Range low', 'Range high'],
      ['=1+1', '-Total crime', 'Sideways', { error: '#REF!' }, '12 (', 'x', { error: '#N/A' }],
      [null, '@Burglary', 'Low is good', 1e308, Number.NaN, null, null],
      [null, null, true, 3, 4],
      [null, 'Hate incidents', 'High is good', 0.58, 0.66, null, null, null, '=stray note right of the table'],
    ];
    check({ sheets: [{ name: 'Indicators', values }], tables: [{ sheet: 'Indicators', headerRow: 1, keys: ['outcome', 'indicator', 'polarity', 'previousValue', 'currentValue', 'rangeLow', 'rangeHigh'] }] });
  });
});
