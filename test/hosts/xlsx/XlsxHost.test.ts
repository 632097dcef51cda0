import ExcelJS from 'exceljs';
import type { WritePlan } from '../../../src/engine';
import { WriteRefusedError } from '../../../src/hosts/WriteRefusedError';
import { fromArgb, loadXlsxBuffer, XlsxHost } from '../../../src/hosts/xlsx';
import { xlsxCellSnapshot } from './xlsxCellSnapshot';

/** Saves and reloads through a real .xlsx package. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), 'round trip');
}

describe('XlsxHost reading', () => {
  it('reads each kind of ExcelJS cell as the engine expects', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Indicators');
    sheet.getCell('A1').value = { richText: [{ text: 'Total Crime ' }, { font: { bold: true }, text: 'rate' }] };
    sheet.getCell('B1').value = { formula: 'C1/D1*1000', result: 47.21 };
    sheet.getCell('C1').value = 32287;
    sheet.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell('E1').value = new Date(Date.UTC(2017, 2, 31));
    sheet.getCell('E1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('F1').value = { text: 'Appendix 1', hyperlink: 'https://example.org' };
    sheet.getCell('G1').value = 0.428;
    sheet.getCell('G1').numFmt = '0.0%';
    sheet.getCell('H1').value = true;
    sheet.getCell('B3').value = 'Ongoing reductions in crime';
    sheet.mergeCells('B3:B5');
    sheet.getCell('A5').value = 'Domestic Burglary rate (per 1,000 population)';
    const [grid] = await new XlsxHost(await roundTrip(workbook)).readSheets();
    expect(grid.values[0]).toEqual(['Total Crime rate', 47.21, 32287, { error: '#N/A' }, 42825, 'Appendix 1', 0.428, true]);
    expect(grid.numberFormats?.[0][4]).toBe('dd/mm/yyyy');
    expect(grid.numberFormats?.[0][6]).toBe('0.0%');
    // A merged outcome reads as Excel reads it: the value in the top cell, blanks below.
    expect(grid.values.slice(2).map((row) => row[1])).toEqual(['Ongoing reductions in crime', null, null]);
    expect(grid.values).toHaveLength(5);
    expect(grid.values.every((row) => row.length === 8)).toBe(true);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    expect(await new XlsxHost(workbook).readSheets()).toEqual([{ name: 'Empty', values: [], numberFormats: [] }]);
  });
});

describe('XlsxHost writing', () => {
  const plan: WritePlan = {
    columns: [
      {
        sheet: 'Indicators',
        headerRow: 0,
        column: 2,
        header: 'Change %',
        writeHeader: true,
        firstRow: 1,
        cells: [{ value: 0.0932, numberFormat: '0.00%' }, null, { value: null }],
      },
      {
        sheet: 'Indicators',
        headerRow: 0,
        column: 3,
        header: 'Progress RAG',
        writeHeader: true,
        firstRow: 1,
        cells: [{ value: 'A', fill: '#FFEB9C', fontColor: '#9C5700', horizontalAlignment: 'center' }, null, { value: 'G', fill: '#C6EFCE' }],
      },
      {
        sheet: 'Indicators',
        headerRow: 0,
        column: 4,
        header: 'Reason',
        writeHeader: true,
        firstRow: 1,
        cells: [{ value: '=HYPERLINK("http://evil.example","click")' }, { value: '+1' }, { value: '-x' }, { value: '@x' }],
      },
    ],
    ownedSheets: [
      {
        name: 'Validation',
        rows: [
          [{ value: 'Validation findings', bold: true }],
          [{ value: 'Indicators!B3', hyperlink: 'Indicators!B3' }, { value: 'error', italic: true, wrapText: true }],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        columnWidths: [18, 40],
      },
    ],
  };

  function inputWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Indicators');
    sheet.addRow(['Supporting Indicators', 'Current Year (2016-17)', 'Change %']);
    sheet.addRow(['Total Crime rate (per 1,000 population)', 51.61]);
    sheet.addRow(['Domestic Burglary rate (per 1,000 population)', 3.91, 'untouched']);
    sheet.addRow(['Vehicle Crime rate (per 1,000 population)', 7.29, 'stale']);
    sheet.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    sheet.getCell('C4').border = { top: { style: 'thin' } };
    return workbook;
  }

  it('writes values, number formats, fills, fonts and alignment that survive a save and load', async () => {
    const workbook = inputWorkbook();
    await new XlsxHost(workbook).write(plan);
    const sheet = (await roundTrip(workbook)).getWorksheet('Indicators')!;
    expect(sheet.getCell('C1').value).toBe('Change %');
    expect(sheet.getCell('D1').value).toBe('Progress RAG');
    expect(sheet.getCell('D1').font?.bold).toBe(true);
    expect(sheet.getCell('C2').value).toBe(0.0932);
    expect(sheet.getCell('C2').numFmt).toBe('0.00%');
    expect(sheet.getCell('C3').value).toBe('untouched');
    expect(sheet.getCell('C4').value).toBeNull();
    // Emptying a cell drops its stale fill but keeps the analyst's border.
    expect((sheet.getCell('C4').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(sheet.getCell('C4').border?.top?.style).toBe('thin');
    const amber = sheet.getCell('D2');
    expect(amber.value).toBe('A');
    expect(fromArgb((amber.fill as ExcelJS.FillPattern).fgColor?.argb)).toBe('#FFEB9C');
    expect(fromArgb(amber.font?.color?.argb)).toBe('#9C5700');
    expect(amber.alignment?.horizontal).toBe('center');
    expect(fromArgb((sheet.getCell('D4').fill as ExcelJS.FillPattern).fgColor?.argb)).toBe('#C6EFCE');
    expect(sheet.getCell('D3').value).toBeNull();
  });

  it('stores formula-looking text as text after a save and load, never as a formula', async () => {
    const workbook = inputWorkbook();
    await new XlsxHost(workbook).write(plan);
    const reloaded = await roundTrip(workbook);
    const sheet = reloaded.getWorksheet('Indicators')!;
    const texts = ['E2', 'E3', 'E4', 'E5'].map((address) => sheet.getCell(address));
    expect(texts.map((cell) => cell.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(texts.map((cell) => cell.value)).toEqual(['=HYPERLINK("http://evil.example","click")', '+1', '-x', '@x']);
    expect(texts.every((cell) => cell.formula === undefined)).toBe(true);
    const [grid] = await new XlsxHost(reloaded).readSheets();
    expect(grid.values[1][4]).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('rebuilds an owned sheet in its tab position with merges, widths and in-workbook hyperlinks', async () => {
    const workbook = inputWorkbook();
    const stale = workbook.addWorksheet('Validation');
    stale.getCell('Z99').value = 'stale';
    workbook.addWorksheet('Notes');
    await new XlsxHost(workbook).write(plan);
    const reloaded = await roundTrip(workbook);
    expect(reloaded.worksheets.map((s) => s.name)).toEqual(['Indicators', 'Validation', 'Notes']);
    const sheet = reloaded.getWorksheet('Validation')!;
    expect(sheet.getCell('Z99').value).toBeNull();
    expect(sheet.getCell('A1').value).toBe('Validation findings');
    expect(sheet.getCell('B1').isMerged).toBe(true);
    expect(sheet.getColumn(1).width).toBe(18);
    expect(sheet.getCell('A2').value).toEqual({ text: 'Indicators!B3', hyperlink: 'Indicators!B3' });
    expect(sheet.getCell('B2').font?.italic).toBe(true);
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true);
    const [, validation] = await new XlsxHost(reloaded).readSheets();
    expect(validation.values[1]).toEqual(['Indicators!B3', 'error']);
  });

  it('gives the same cells when the same plan is written twice', async () => {
    const once = inputWorkbook();
    await new XlsxHost(once).write(plan);
    const twice = inputWorkbook();
    await new XlsxHost(twice).write(plan);
    await new XlsxHost(twice).write(plan);
    const read = async (wb: ExcelJS.Workbook) => new XlsxHost(await roundTrip(wb)).readSheets();
    expect(await read(twice)).toEqual(await read(once));
  });
});

describe('XlsxHost refusing a write', () => {
  it('writes nothing when an output column crosses merged cells, and names them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Indicators');
    sheet.getRow(1).values = ['Indicator', 'Previous value', 'Current value'];
    sheet.getRow(2).values = ['Total Crime rate (per 1,000 population)', 47.21, 51.61];
    // The analyst's note beside the table, merged across where the output columns go.
    sheet.getCell('D2').value = 'Figures from the police, April';
    sheet.mergeCells('D2:F2');
    const before = Buffer.from(await workbook.xlsx.writeBuffer());
    const plan: WritePlan = {
      columns: [{ sheet: 'Indicators', headerRow: 0, column: 4, header: 'Direction of travel', writeHeader: true, firstRow: 1, cells: [{ value: '↓' }] }],
      ownedSheets: [],
    };
    const error = await new XlsxHost(workbook).write(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect((error as WriteRefusedError).message).toContain('The output column "Direction of travel" (Indicators!E1:E2) crosses merged cells (E2). Unmerge them');
    expect(sheet.getCell('D2').value).toBe('Figures from the police, April');
    expect(Buffer.from(await workbook.xlsx.writeBuffer()).length).toBe(before.length);
  });
});

describe('XlsxHost and the analyst\'s formulas in an output column (as the Office host)', () => {
  /**
   * Seed 002, Appendix 1: total crime 47.21 → 51.61, burglary 3.53 → 3.91, vehicle crime 7.07 → 7.29.
   * Column D holds the analyst's flag formulas, all showing "": read as empty, so a new output column
   * can be planned on top of them.
   */
  async function withFlagFormulas(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Indicators');
    sheet.getRow(1).values = ['Indicator', 'Previous value', 'Current value'];
    sheet.getRow(2).values = ['Total Crime rate (per 1,000 population)', 47.21, 51.61];
    sheet.getRow(3).values = ['Domestic Burglary rate (per 1,000 population)', 3.53, 3.91];
    sheet.getRow(4).values = ['Vehicle Crime rate (per 1,000 population)', 7.07, 7.29];
    sheet.getCell('D2').value = { formula: 'IF(C2>100,"big","")', result: '' };
    // Filled down from D3: saved as a shared formula, stored once in D3 and referred to by D4.
    sheet.getCell('D3').value = { formula: 'IF(C3>100,"big","")', result: '' };
    sheet.getCell('D4').value = { sharedFormula: 'D3', result: '' } as ExcelJS.CellSharedFormulaValue;
    return roundTrip(workbook);
  }

  const change = (writeHeader: boolean): WritePlan => ({
    columns: [
      {
        sheet: 'Indicators',
        headerRow: 0,
        column: 3,
        header: 'Change %',
        writeHeader,
        firstRow: 1,
        cells: [{ value: 0.0932, numberFormat: '0.0%' }, { value: 0.1076, numberFormat: '0.0%' }, null],
      },
    ],
    ownedSheets: [],
  });

  it('reads formulas showing "" as empty cells (which is how the new column lands on them)', async () => {
    const [grid] = await new XlsxHost(await withFlagFormulas()).readSheets();
    expect(grid.values.map((row) => row.length)).toEqual([3, 3, 3, 3]);
  });

  it('refuses a new output column over them, naming the cells in the Office host\'s words, and writes nothing', async () => {
    const workbook = await withFlagFormulas();
    const before = xlsxCellSnapshot(workbook);
    const error = await new XlsxHost(workbook).write(change(true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect((error as WriteRefusedError).problems).toEqual([expect.objectContaining({ kind: 'formulas', sheet: 'Indicators', cell: 'D1:D4' })]);
    expect((error as WriteRefusedError).message).toBe(
      'Nothing was written. One problem needs fixing first:\n' +
        '- The new output column "Change %" goes in Indicators!D1:D4, but Indicators!D2:D4 there hold formulas (their results look empty). Move or clear them, then calculate again.',
    );
    expect(xlsxCellSnapshot(workbook)).toEqual(before);
    expect(workbook.getWorksheet('Indicators')!.getCell('D4').formula).toBe('IF(C4>100,"big","")');
  });

  it('names formula cells apart from each other, at most three of them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Risk Matrix');
    for (const row of [2, 4, 6, 8, 9]) sheet.getCell(`B${row}`).value = { formula: `IF(A${row}="","","x")`, result: '' };
    const plan: WritePlan = {
      columns: [{ sheet: 'Risk Matrix', headerRow: 0, column: 1, header: 'Priority band', writeHeader: true, firstRow: 1, cells: Array(9).fill({ value: 'High' }) }],
      ownedSheets: [],
    };
    const error = (await new XlsxHost(await roundTrip(workbook)).write(plan).catch((e: unknown) => e)) as WriteRefusedError;
    expect(error.message).toContain("but 'Risk Matrix'!B2, 'Risk Matrix'!B4, 'Risk Matrix'!B6 and 1 more there hold formulas");
  });

  it('fills an existing output column in place, replacing the formulas the plan writes over and keeping those it leaves', async () => {
    const workbook = await withFlagFormulas();
    workbook.getWorksheet('Indicators')!.getCell('D1').value = 'Change %';
    await new XlsxHost(workbook).write(change(false));
    const sheet = (await roundTrip(workbook)).getWorksheet('Indicators')!;
    expect(sheet.getCell('D2').value).toBe(0.0932);
    expect(sheet.getCell('D3').value).toBe(0.1076);
    expect(sheet.getCell('D4').formula).toBe('IF(C4>100,"big","")');
  });
});
