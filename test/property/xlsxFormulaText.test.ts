import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { calculateWorkbook, cellAddress, looksLikeFormula, type CellValue, type SheetGrid } from '../../src/engine';
import { loadXlsxBuffer, XlsxHost } from '../../src/hosts/xlsx';
import { hostileWorkbook } from './hostileWorkbookArbitrary';

/** Fewer cases than the in-memory suite: each one is a full ExcelJS save and load (XLSX_FC_RUNS raises it). */
const RUNS = Number(process.env.XLSX_FC_RUNS ?? 40);

/**
 * What an .xlsx round trip through ExcelJS 4.4 keeps: NaN and infinities have no file form; U+FFFE and
 * U+FFFF are written raw and then refused on load; and characters beyond the BMP (emoji) can come back
 * as two U+FFFD when they straddle ExcelJS's 16K chunk boundary (see the failing test below), so they
 * are replaced here and that limitation is tested on its own.
 */
function storable(value: CellValue): CellValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.replace(/[\u{10000}-\u{10FFFF}]/gu, '?').replace(/[\uFFFE\uFFFF]/g, '?');
  return value;
}

function toWorkbook(sheets: ReadonlyArray<SheetGrid>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of sheets) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.values.forEach((row, r) => row.forEach((value, c) => {
      const v = storable(value);
      if (v !== null) sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  return workbook;
}

async function roundTrip({ sheets }: { sheets: ReadonlyArray<SheetGrid> }): Promise<void> {
  const host = new XlsxHost(await loadXlsxBuffer(Buffer.from(await toWorkbook(sheets).xlsx.writeBuffer()), 'in.xlsx'));
  const inputs = await host.readSheets();
  const result = calculateWorkbook(inputs, { writeValidationSheet: true });
  await host.write(result.plan);
  const saved = await loadXlsxBuffer(Buffer.from(await host.workbook.xlsx.writeBuffer()), 'out.xlsx');

  const textAt = (sheet: string, row: number, column: number, expected: string) => {
    const cell = saved.getWorksheet(sheet)!.getCell(row + 1, column + 1);
    const where = `${sheet}!${cellAddress(row, column)}`;
    expect({ where, type: cell.type, formula: cell.formula, text: cell.text }).toEqual({ where, type: ExcelJS.ValueType.String, formula: undefined, text: expected });
  };
  for (const w of result.plan.columns) {
    if (w.writeHeader && looksLikeFormula(w.header)) textAt(w.sheet, w.headerRow, w.column, w.header);
    w.cells.forEach((cell, i) => {
      if (cell && typeof cell.value === 'string' && looksLikeFormula(cell.value) && cell.hyperlink === undefined) textAt(w.sheet, w.firstRow + i, w.column, cell.value);
    });
  }
  for (const owned of result.plan.ownedSheets) {
    owned.rows.forEach((row, r) => row.forEach((cell, c) => {
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value) && cell.hyperlink === undefined) textAt(owned.name, r, c, cell.value);
    }));
  }
  // Formula-looking input text is still text after the save, and no input cell changed.
  for (const grid of inputs) {
    const sheet = saved.getWorksheet(grid.name)!;
    grid.values.forEach((row, r) => row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      expect({ at: `${grid.name}!${cellAddress(r, c)}`, formula: cell.formula }).toEqual({ at: `${grid.name}!${cellAddress(r, c)}`, formula: undefined });
      // An empty text cell is not stored in .xlsx at all, so it reads back as an empty cell.
      if (typeof value === 'string') expect(cell.value ?? '').toBe(value);
    }));
  }
}

describe('a known ExcelJS 4.4 limitation, kept visible', () => {
  // ExcelJS's load splits each XML part into 16,384-code-unit chunks with substring(); an emoji whose
  // surrogate pair straddles a boundary reads back as "\uFFFD\uFFFD", and calculate then saves that
  // corrupted text into the input cell. This test fails (as expected) while the bug is there; when it
  // starts passing, ExcelJS is fixed and storable() above can keep emoji.
  it.failing('an emoji at a chunk boundary survives load and save', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Indicators');
    const texts = ['📊'.repeat(20000), `x${'📊'.repeat(20000)}`];
    texts.forEach((t, i) => {
      sheet.getCell(i + 1, 1).value = t;
    });
    const loaded = await loadXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), 'emoji.xlsx');
    expect(texts.map((_, i) => loaded.getWorksheet('Indicators')!.getCell(i + 1, 1).value)).toEqual(texts);
  }, 30_000);
});

describe('hostile workbooks through the ExcelJS host, saved and loaded again', () => {
  it(`store every formula-looking output and input as text, never a formula (${RUNS} workbooks)`, async () => {
    await fc.assert(fc.asyncProperty(hostileWorkbook, roundTrip), {
      numRuns: RUNS,
      // A failure shrinks through full ExcelJS round trips of very long texts: bound it, so CI reports
      // the (partly shrunk) counterexample instead of hanging.
      interruptAfterTimeLimit: 90_000,
      markInterruptAsFailure: true,
      endOnFailure: process.env.FC_END_ON_FAILURE === '1',
    });
  }, 120_000);

  it('a hand-made case: an indicator named "=cmd|\' /C calc\'!A0" and a value "=1+1"', async () => {
    const sheets: SheetGrid[] = [{
      name: 'Indicators',
      values: [['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'], ['-Crime', "=cmd|' /C calc'!A0", 'Low is good', 3.53, '=1+1'], ['+Safety', '@Hate', 'High is good', 0.58, 0.66]],
    }];
    await roundTrip({ sheets });
    const result = calculateWorkbook(sheets, { writeValidationSheet: true });
    const dashboard = result.plan.ownedSheets.flatMap((s) => s.rows.flat()).map((c) => c.value);
    expect(dashboard).toEqual(expect.arrayContaining(['=1+1', "=cmd|' /C calc'!A0"]));
  }, 30_000);
});
