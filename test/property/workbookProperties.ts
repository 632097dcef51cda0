import {
  calculateWorkbook, cellAddress, looksLikeFormula,
  type CalculationResult, type OutputCell, type SheetGrid,
} from '../../src/engine';
import { MemoryWorkbook } from '../../src/hosts/memory/MemoryWorkbook';

/** The properties every hostile workbook must keep, whatever its sheet kinds. */

export function calculateWithoutThrowing(sheets: ReadonlyArray<SheetGrid>): CalculationResult {
  let result: CalculationResult | undefined;
  expect(() => {
    result = calculateWorkbook(sheets, { writeValidationSheet: true });
  }).not.toThrow();
  return result!;
}

/** Every finding names a sheet of the workbook (or one the plan makes) and one A1 cell, and says something. */
export function expectFindingsNameCells(sheets: ReadonlyArray<SheetGrid>, result: CalculationResult): void {
  const names = new Set([...sheets.map((s) => s.name), ...result.plan.ownedSheets.map((s) => s.name)]);
  for (const f of result.findings) {
    expect({ code: f.code, sheetKnown: names.has(f.sheet) }).toEqual({ code: f.code, sheetKnown: true });
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
    expect(f.message.length).toBeGreaterThan(0);
  }
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

/**
 * The plan writes only over empty cells, writing it through the in-memory host changes no input cell,
 * and formula-looking output text is stored as that very string: text, never a formula.
 */
export function expectPlanKeepsInputs(sheets: ReadonlyArray<SheetGrid>, result: CalculationResult): void {
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
    // An empty cell with only a number format is not an input: an existing output column may hold one.
    if (was === null) continue;
    const now = after[address]?.value === '' ? null : after[address]?.value ?? null;
    if (!Object.is(now, was) && JSON.stringify(now) !== JSON.stringify(was)) {
      throw new Error(`Input cell ${address} changed from ${String(JSON.stringify(was)).slice(0, 80)} to ${String(JSON.stringify(now)).slice(0, 80)}`);
    }
  }
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
