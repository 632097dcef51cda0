import fc from 'fast-check';
import {
  calculateWorkbook, cellAddress, looksLikeFormula, parseCellValue, parseMeasure, parsePolarity,
  type CalculationResult, type CellValue, type OutputCell, type SheetGrid,
} from '../../src/engine';
import { MemoryWorkbook } from '../../src/hosts/memory/MemoryWorkbook';
import { hostileWorkbook, type HostileWorkbook, type PlantedTable } from './hostileWorkbookArbitrary';

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

function plannedCells(result: CalculationResult): Array<{ sheet: string; row: number; column: number; cell: OutputCell }> {
  const out: Array<{ sheet: string; row: number; column: number; cell: OutputCell }> = [];
  for (const w of result.plan.columns) {
    if (w.writeHeader) out.push({ sheet: w.sheet, row: w.headerRow, column: w.column, cell: { value: w.header } });
    w.cells.forEach((cell, i) => {
      if (cell) out.push({ sheet: w.sheet, row: w.firstRow + i, column: w.column, cell });
    });
  }
  return out;
}

function check({ sheets, tables }: HostileWorkbook): void {
  let result: CalculationResult;
  expect(() => {
    result = calculateWorkbook(sheets, { writeValidationSheet: true });
  }).not.toThrow();
  result = result!;

  // Every unusable input cell is named by a finding at its address.
  for (const table of tables) {
    const grid = sheets.find((s) => s.name === table.sheet)!;
    const flagged = new Set(result.findings.filter((f) => f.sheet === table.sheet).map((f) => f.cell));
    const missed = unusableCells(grid, table, result).filter((address) => !flagged.has(address));
    expect({ sheet: table.sheet, missed }).toEqual({ sheet: table.sheet, missed: [] });
  }
  for (const f of result.findings) {
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
    expect(f.message.length).toBeGreaterThan(0);
  }

  // Writing the plan changes no input cell: outputs land only on cells that were empty.
  const workbook = MemoryWorkbook.fromGrids(sheets);
  const before = workbook.snapshot();
  const planned = plannedCells(result);
  for (const p of planned) {
    const original = sheets.find((s) => s.name === p.sheet)!.values[p.row]?.[p.column] ?? null;
    if (original !== null && original !== '') throw new Error(`The plan writes over ${p.sheet}!${cellAddress(p.row, p.column)}, which holds ${JSON.stringify(original).slice(0, 80)}`);
  }
  void workbook.write(result.plan);
  const after = workbook.snapshot();
  const owned = new Set(result.plan.ownedSheets.map((s) => s.name));
  for (const [address, cell] of Object.entries(before)) {
    if (owned.has(address.slice(0, address.lastIndexOf('!')))) continue;
    // An empty string is an empty cell (Office.js reads every empty cell as "").
    const was = cell.value === '' ? null : cell.value;
    const now = after[address]?.value === '' ? null : after[address]?.value ?? null;
    if (!Object.is(now, was) && JSON.stringify(now) !== JSON.stringify(was)) {
      throw new Error(`Input cell ${address} changed from ${String(JSON.stringify(was)).slice(0, 80)} to ${String(JSON.stringify(now)).slice(0, 80)}`);
    }
  }

  // Formula-looking output text is stored as that very string: text, never a formula.
  for (const p of planned) {
    if (typeof p.cell.value !== 'string' || !looksLikeFormula(p.cell.value)) continue;
    expect(workbook.value(p.sheet, cellAddress(p.row, p.column))).toBe(p.cell.value);
  }
  for (const sheet of result.plan.ownedSheets) {
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => {
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) expect(workbook.value(sheet.name, cellAddress(r, c))).toBe(cell.value);
    }));
  }
}

describe('hostile workbooks through calculateWorkbook and the in-memory host', () => {
  it(`never throw, flag every unusable cell, keep inputs and store formula-looking text as text (${RUNS} workbooks)`, () => {
    fc.assert(fc.property(hostileWorkbook, check), { numRuns: RUNS, interruptAfterTimeLimit: 100_000 });
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
