import type { OwnedSheet } from '../../../src/engine';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { WriteRefusedError } from '../../../src/hosts/WriteRefusedError';
import { columnWrite, indicatorsExcel, planOf, storeSnapshot } from './fixtures';

// Seed 002, Appendix 1: total crime 47.21 → 51.61 (+9.3%, ↓, A); burglary 3.53 → 3.91 (+10.8%, ↓, A).
const CHANGE = columnWrite(4, 'Change %', [
  { value: 0.0932, numberFormat: '0.0%' },
  { value: 0.1076, numberFormat: '0.0%' },
  null,
]);
const DIRECTION = columnWrite(5, 'Direction of travel', [{ value: '↓' }, { value: '↓' }, { value: '→' }]);
const RAG = columnWrite(6, 'Progress RAG', [
  { value: 'A', fill: '#FFEB9C' },
  { value: 'A', fill: '#FFEB9C' },
  { value: 'G', fill: '#C6EFCE' },
]);

describe('OfficeHost.write', () => {
  test('writes values, number formats and fills of every output column in one sync after the checks', async () => {
    const excel = indicatorsExcel();
    await new OfficeHost(excel.run).write(planOf(CHANGE, DIRECTION, RAG));
    const sheet = excel.store.requireSheet('Indicators');
    expect(sheet.valueAt('E3')).toBe('Change %');
    expect(sheet.cell(2, 4)?.bold).toBe(true);
    expect(sheet.valueAt('E4')).toBe(0.0932);
    expect(sheet.cell(3, 4)?.numberFormat).toBe('0.0%');
    expect(sheet.valueAt('E6')).toBeNull(); // a null plan cell leaves the cell as it is
    expect(sheet.valueAt('F4')).toBe('↓');
    expect(sheet.valueAt('G6')).toBe('G');
    expect(sheet.cell(3, 6)?.fill).toBe('#FFEB9C');
    expect(sheet.cell(5, 6)?.fill).toBe('#C6EFCE');
    expect(excel.syncs).toHaveLength(2);
    expect(excel.syncs[1]).toMatchObject({ screenUpdatingSuspended: true, calculationSuspended: true });
  });

  test('input cells are unchanged', async () => {
    const excel = indicatorsExcel();
    const before = excel.store.requireSheet('Indicators').toGrid().values.map((row) => row.slice(0, 4));
    await new OfficeHost(excel.run).write(planOf(CHANGE, DIRECTION, RAG));
    const after = excel.store.requireSheet('Indicators').toGrid().values.map((row) => row.slice(0, 4));
    expect(after).toEqual(before);
  });

  test('writing the same plan twice gives the same workbook, and a cleared RAG loses its fill', async () => {
    const excel = indicatorsExcel();
    const host = new OfficeHost(excel.run);
    await host.write(planOf(CHANGE, DIRECTION, RAG));
    const once = storeSnapshot(excel.store);
    await host.write(planOf({ ...CHANGE, writeHeader: false }, { ...DIRECTION, writeHeader: false }, { ...RAG, writeHeader: false }));
    expect(storeSnapshot(excel.store)).toBe(once);
    await host.write(planOf(columnWrite(6, 'Progress RAG', [{ value: null }], false)));
    const sheet = excel.store.requireSheet('Indicators');
    expect(sheet.valueAt('G4')).toBeNull();
    expect(sheet.cell(3, 6)?.fill).toBeUndefined();
  });

  test('text that looks like a formula, a number, a date or a boolean stays text', async () => {
    const excel = indicatorsExcel();
    const texts = ['=SUM(C4:C6)', '-5% (estimate)', '+ve', '4/9', 'TRUE', 'Jan 2016'];
    await new OfficeHost(excel.run).write(planOf({ ...columnWrite(7, 'Reason', texts.map((value) => ({ value }))), firstRow: 3 }));
    const sheet = excel.store.requireSheet('Indicators');
    texts.forEach((text, i) => {
      expect(sheet.valueAt(`H${4 + i}`)).toBe(text);
      expect(sheet.cell(3 + i, 7)?.formula).toBeUndefined();
    });
  });

  test('text starting with a space stays text as typed: " -2" and " +1" are not turned into numbers', async () => {
    const excel = indicatorsExcel();
    const texts = [' -2', ' +1', ' -£5'];
    await new OfficeHost(excel.run).write(planOf({ ...columnWrite(7, 'Reason', texts.map((value) => ({ value }))), firstRow: 3 }));
    const sheet = excel.store.requireSheet('Indicators');
    texts.forEach((text, i) => expect(sheet.valueAt(`H${4 + i}`)).toBe(text));
  });

  describe('refuses before writing anything', () => {
    async function refusal(prepare: (excel: ReturnType<typeof indicatorsExcel>) => void, plan = planOf(CHANGE, RAG)): Promise<WriteRefusedError> {
      const excel = indicatorsExcel();
      prepare(excel);
      const before = storeSnapshot(excel.store);
      const error = await new OfficeHost(excel.run).write(plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteRefusedError);
      expect(storeSnapshot(excel.store)).toBe(before);
      expect(excel.syncs).toHaveLength(1);
      return error as WriteRefusedError;
    }

    test('a protected sheet', async () => {
      const error = await refusal((excel) => excel.store.protect('Indicators'));
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'protected', sheet: 'Indicators' })]);
      expect(error.message).toMatch(/"Indicators" is protected/);
    });

    test('merged cells in an output column', async () => {
      const error = await refusal((excel) => excel.store.merge('Indicators', 'G4:G5'));
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'merged', sheet: 'Indicators', cell: 'G3:G6' })]);
      expect(error.message).toContain('Indicators!G4:G5');
    });

    test('a table overlapping an output column', async () => {
      const error = await refusal((excel) => excel.store.addTable('Indicators', 'Targets', 'E8:E12'), planOf({ ...CHANGE, cells: [...CHANGE.cells, null, null, { value: 0 }] }));
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'table', cell: 'E3:E9' })]);
      expect(error.message).toContain('"Targets"');
    });

    test('formulas that show "" where a new output column goes', async () => {
      const error = await refusal((excel) => {
        const sheet = excel.store.requireSheet('Indicators');
        for (const row of [3, 4]) Object.assign(sheet.cellForWrite(row, 4), { value: '', formula: `=IF(D${row + 1}>C${row + 1}*2,"CHECK","")` });
      });
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'formulas', sheet: 'Indicators', cell: 'E3:E6' })]);
      expect(error.message).toContain('The new output column "Change %" goes in Indicators!E3:E6, but Indicators!E4,Indicators!E5 there hold formulas (their results look empty).');
    });

    test('an output header cell holding other text', async () => {
      const error = await refusal((excel) => (excel.store.requireSheet('Indicators').cellForWrite(2, 6).value = 'Notes'));
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'header', sheet: 'Indicators', cell: 'G3' })]);
      expect(error.message).toContain('Indicators!G3 holds "Notes"');
    });

    test('an existing output column whose header was retyped', async () => {
      const error = await refusal(
        (excel) => (excel.store.requireSheet('Indicators').cellForWrite(2, 4).value = 'Change'),
        planOf({ ...CHANGE, writeHeader: false }),
      );
      expect(error.problems[0]).toMatchObject({ kind: 'header', cell: 'E3' });
    });

    test('an existing output column whose synonym header was retyped since the read', async () => {
      const error = await refusal(
        (excel) => (excel.store.requireSheet('Indicators').cellForWrite(2, 5).value = 'Notes'),
        planOf({ ...DIRECTION, writeHeader: false, typedHeader: 'Current Direction of Travel' }),
      );
      expect(error.problems[0]).toMatchObject({ kind: 'header', cell: 'F3' });
      expect(error.message).toContain('Indicators!F3 holds "Notes" where the output column "Current Direction of Travel" was read');
    });

    test('a workbook whose structure is protected, when an owned sheet must be added', async () => {
      const dashboard: OwnedSheet = { name: 'Dashboard', rows: [[{ value: 'Safer Communities Performance Dashboard' }]], merges: [] };
      const error = await refusal((excel) => excel.store.protectStructure(), { ...planOf(CHANGE), ownedSheets: [dashboard] });
      expect(error.problems).toEqual([expect.objectContaining({ kind: 'protected', sheet: 'Dashboard', cell: 'A1' })]);
      expect(error.message).toContain('The workbook\'s structure is protected, so the "Dashboard" sheet cannot be added.');
    });

    test('a sheet that was deleted since the read, named alone (one more sync finds which)', async () => {
      const excel = indicatorsExcel();
      const before = storeSnapshot(excel.store);
      const error = await new OfficeHost(excel.run).write(planOf(CHANGE, { ...RAG, sheet: 'Old indicators' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteRefusedError);
      expect((error as WriteRefusedError).problems).toEqual([expect.objectContaining({ kind: 'missingSheet', sheet: 'Old indicators', cell: 'A1' })]);
      expect((error as WriteRefusedError).message).toContain('The sheet "Old indicators" that the calculation read was not found');
      expect(storeSnapshot(excel.store)).toBe(before);
      expect(excel.syncs).toHaveLength(2);
    });
  });

  test('an existing column found under a synonym (the seed\'s "Current Direction of Travel") is filled in place', async () => {
    const excel = indicatorsExcel();
    excel.store.requireSheet('Indicators').cellForWrite(2, 5).value = 'Current Direction of Travel';
    await new OfficeHost(excel.run).write(planOf({ ...DIRECTION, writeHeader: false, typedHeader: 'Current Direction of Travel' }));
    const sheet = excel.store.requireSheet('Indicators');
    expect(sheet.valueAt('F3')).toBe('Current Direction of Travel');
    expect(sheet.valueAt('F4')).toBe('↓');
  });

  test('a header cell already holding the canonical header (spacing and case aside) is accepted', async () => {
    const excel = indicatorsExcel();
    excel.store.requireSheet('Indicators').cellForWrite(2, 6).value = 'progress  RAG';
    await new OfficeHost(excel.run).write(planOf({ ...RAG, writeHeader: false }));
    expect(excel.store.requireSheet('Indicators').valueAt('G4')).toBe('A');
  });

  test('an existing output column is filled in place: the formulas the plan writes over are replaced, those it leaves kept (the xlsx host does the same)', async () => {
    const excel = indicatorsExcel();
    const sheet = excel.store.requireSheet('Indicators');
    sheet.cellForWrite(2, 4).value = 'Change %';
    for (const row of [3, 4, 5]) Object.assign(sheet.cellForWrite(row, 4), { value: '', formula: `=IF(D${row + 1}>100,"big","")` });
    await new OfficeHost(excel.run).write(planOf({ ...CHANGE, writeHeader: false }));
    expect(sheet.cell(3, 4)).toMatchObject({ value: 0.0932 });
    expect(sheet.cell(3, 4)?.formula).toBeUndefined();
    expect(sheet.cell(5, 4)?.formula).toBe('=IF(D6>100,"big","")');
  });

  describe('owned sheets', () => {
    const DASHBOARD: OwnedSheet = {
      name: 'Dashboard',
      rows: [
        [{ value: 'Outcomes', bold: true }, { value: 'Overall Progress RAG', bold: true }, { value: 'Supporting Indicators', bold: true }],
        [{ value: 'Ongoing reductions in crime' }, { value: 'A', fill: '#FFEB9C', horizontalAlignment: 'center' }, { value: 'Total Crime rate (per 1,000 population)' }],
        [{ value: null }, { value: null }, { value: 'Domestic Burglary rate (per 1,000 population)' }],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      columnWidths: [30, 10, 50],
    };

    test('are built with values, styles, merges and widths, and rebuilt whole on the next write', async () => {
      const excel = indicatorsExcel();
      const host = new OfficeHost(excel.run);
      await host.write({ columns: [], ownedSheets: [DASHBOARD] });
      const first = storeSnapshot(excel.store);
      const sheet = excel.store.requireSheet('Dashboard');
      expect(sheet.valueAt('C3')).toBe('Domestic Burglary rate (per 1,000 population)');
      expect(sheet.cell(1, 1)).toMatchObject({ value: 'A', fill: '#FFEB9C', horizontalAlignment: 'Center' });
      expect(sheet.cell(0, 2)?.bold).toBe(true);
      expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
      expect(sheet.columnWidths.get(2)).toBeCloseTo((50 * 7 + 5) * 0.75);

      sheet.cellForWrite(10, 10).value = 'left over from an old run';
      await host.write({ columns: [], ownedSheets: [DASHBOARD] });
      expect(storeSnapshot(excel.store)).toBe(first);
    });

    test('a protected owned sheet is refused, worded for a sheet the add-in rebuilds (it has no output columns)', async () => {
      const excel = indicatorsExcel();
      excel.store.addSheet('Dashboard', [['old']]);
      excel.store.protect('Dashboard');
      const error = await new OfficeHost(excel.run).write({ columns: [], ownedSheets: [DASHBOARD] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteRefusedError);
      expect((error as WriteRefusedError).problems).toEqual([expect.objectContaining({ kind: 'protected', sheet: 'Dashboard', cell: 'A1' })]);
      expect((error as WriteRefusedError).message).toBe(
        'Nothing was written. One problem needs fixing first:\n' +
          '- The sheet "Dashboard" is protected. The add-in rebuilds it on each calculation, so unprotect it (Review > Unprotect Sheet), or delete it to let the add-in build it afresh, then calculate again.',
      );
      expect(excel.store.requireSheet('Dashboard').valueAt('A1')).toBe('old');
    });
  });

  test('an empty plan costs no sync', async () => {
    const excel = indicatorsExcel();
    await new OfficeHost(excel.run).write({ columns: [], ownedSheets: [] });
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('OfficeHost selection helpers', () => {
  test('selectCell activates the sheet and selects the cell; readSelectedCellAddress reads it back', async () => {
    const excel = indicatorsExcel();
    excel.store.addSheet('Risk Matrix', [['Category']]);
    const host = new OfficeHost(excel.run);
    await host.selectCell('Risk Matrix', 'B4');
    expect(excel.store.activeSheet).toBe('Risk Matrix');
    expect(excel.store.selection).toEqual({ sheet: 'Risk Matrix', rect: { top: 3, left: 1, bottom: 3, right: 1 } });
    await expect(host.readSelectedCellAddress()).resolves.toEqual({ sheet: 'Risk Matrix', address: 'B4' });
  });

  test('createSettingsSheet adds Setting | Value once and never overwrites', async () => {
    const excel = indicatorsExcel();
    const host = new OfficeHost(excel.run);
    await expect(host.createSettingsSheet([['Stable tolerance', '5%'], ['Home area', 'Leicestershire']])).resolves.toBe(true);
    const sheet = excel.store.requireSheet('Settings');
    expect(sheet.toGrid().values).toEqual([['Setting', 'Value'], ['Stable tolerance', '5%'], ['Home area', 'Leicestershire']]);
    await expect(host.createSettingsSheet([['Home area', 'Rutland']])).resolves.toBe(false);
    expect(sheet.valueAt('B3')).toBe('Leicestershire');
  });
});
