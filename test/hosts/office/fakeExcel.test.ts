import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';
import { createFakeOffice } from '../../../src/hosts/fakeExcel/createFakeOffice';
import type { FakeChart } from '../../../src/hosts/fakeExcel/FakeChart';
import type { FakeRange } from '../../../src/hosts/fakeExcel/FakeRange';
import type { FakeWorksheet } from '../../../src/hosts/fakeExcel/FakeWorksheet';
import { newStoredChart } from '../../../src/hosts/fakeExcel/StoredChart';

function sample(): FakeExcel {
  return new FakeExcel(
    FakeWorkbookStore.fromGrids([{ name: 'Indicators', values: [['Indicator', 'Current value'], ['Total Crime rate', 51.61], ['Hate incidents', { error: '#N/A' }]] }]),
  );
}

describe('fake Excel: load/sync semantics', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Indicators').getRange('A1:B2');
      range.load('address');
      await context.sync();
      expect(range.address).toBe('Indicators!A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a loaded property cannot be read before the sync', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Indicators').getRange('B2').load('values');
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([[51.61]]);
    });
  });

  test('writes are queued and applied only at sync, each sync counted', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indicators').getRange('C1').values = [['Change %']];
      expect(excel.store.requireSheet('Indicators').valueAt('C1')).toBeNull();
      await context.sync();
    });
    expect(excel.store.requireSheet('Indicators').valueAt('C1')).toBe('Change %');
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify([['Change %']]).length);
  });

  test('a 2-D write whose shape differs from the range fails at sync with InvalidArgument', async () => {
    const excel = sample();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Indicators').getRange('C1:C3').values = [['a'], ['b']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.store.requireSheet('Indicators').valueAt('C1')).toBeNull();
  });

  test('isNullObject is known only after a sync; getItem of a missing sheet fails the sync', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Dashboard');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Dashboard');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('error cells read back as their error text with value type Error', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Indicators').getRange('B3').load(['values', 'valueTypes']);
      await context.sync();
      expect(range.values).toEqual([['#N/A']]);
      expect(range.valueTypes).toEqual([['Error']]);
    });
  });

  test('text is read as if typed: = makes a formula, 4/9 a date, an apostrophe keeps text', async () => {
    const excel = sample();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indicators').getRange('C1:C3').values = [['=SUM(B2)'], ['4/9'], ["'4/9"]];
      await context.sync();
    });
    const sheet = excel.store.requireSheet('Indicators');
    expect(sheet.cell(0, 2)?.formula).toBe('=SUM(B2)');
    expect(typeof sheet.valueAt('C2')).toBe('number');
    expect(sheet.valueAt('C3')).toBe('4/9');
  });

  test('writing to a protected sheet fails at sync with AccessDenied', async () => {
    const excel = sample();
    excel.store.protect('Indicators');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Indicators').getRange('C1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('a request over Excel on the web\'s 5 MB is refused before anything is written', async () => {
    const excel = sample();
    const rows = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Indicators').getRange('C1:C60000').values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.store.requireSheet('Indicators').valueAt('C1')).toBeNull();
  });

  test('createFakeOffice gives Office.onReady and Excel.run over the same workbook', async () => {
    const globals = createFakeOffice(sample().store);
    const info = await globals.Office.onReady();
    expect(info.host).toBe('Excel');
    const names = await globals.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Indicators']);
    expect(globals.fake.syncs).toHaveLength(1);
  });
});

describe('fake Excel: clearing cells, unmerging and deleting charts and sheets', () => {
  /** A1:B2 with a title, a styled figure with a link, and a merge over A3:B3; C column widened. */
  function styled(): FakeExcel {
    const excel = sample();
    const sheet = excel.store.requireSheet('Indicators');
    Object.assign(sheet.cellForWrite(1, 1), { numberFormat: '0.00', fill: '#FFEB9C', bold: true, hyperlink: { documentReference: 'Indicators!A1' } });
    sheet.columnWidths.set(1, 90);
    excel.store.merge('Indicators', 'A3:B3');
    return excel;
  }

  test('clear("All") empties values, formats and links at sync; column widths and merges stay', async () => {
    const excel = styled();
    const sheet = excel.store.requireSheet('Indicators');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indicators').getRange('A1:B2').clear('All');
      expect(sheet.valueAt('B2')).toBe(51.61);
      await context.sync();
    });
    expect(sheet.cell(0, 0)).toBeUndefined();
    expect(sheet.cell(1, 1)).toBeUndefined();
    expect(sheet.valueAt('B3')).toEqual({ error: '#N/A' }); // outside the range
    expect(sheet.columnWidths.get(1)).toBe(90);
    expect(sheet.merges).toHaveLength(1);
  });

  test('clear("Contents") keeps formats; clear("Formats") keeps values', async () => {
    const contents = styled();
    const formats = styled();
    for (const [excel, applyTo] of [[contents, 'Contents'], [formats, 'Formats']] as const) {
      await excel.run(async (context) => {
        (context.workbook.worksheets.getItem('Indicators').getRange('B2') as FakeRange).clear(applyTo);
      });
    }
    expect(contents.store.requireSheet('Indicators').cell(1, 1)).toEqual({ value: null, numberFormat: '0.00', fill: '#FFEB9C', bold: true, hyperlink: { documentReference: 'Indicators!A1' } });
    expect(formats.store.requireSheet('Indicators').cell(1, 1)).toEqual({ value: 51.61, hyperlink: { documentReference: 'Indicators!A1' } });
  });

  test('unmerge splits every merged area the range touches, at sync', async () => {
    const excel = styled();
    excel.store.merge('Indicators', 'D1:E1');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indicators').getRange('B3:C3').unmerge();
      expect(excel.store.requireSheet('Indicators').merges).toHaveLength(2);
      await context.sync();
    });
    expect(excel.store.requireSheet('Indicators').merges).toEqual([{ top: 0, left: 3, bottom: 0, right: 4 }]);
  });

  test('getUsedRange counts formatted cells and is A1, not a null object, on an empty sheet', async () => {
    const excel = styled();
    excel.store.addSheet('Empty');
    excel.store.requireSheet('Indicators').cellForWrite(5, 3).fill = '#C6EFCE';
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Indicators').getUsedRange().load('address');
      const empty = context.workbook.worksheets.getItem('Empty').getUsedRange().load('address');
      await context.sync();
      expect(used.address).toBe('Indicators!A1:D6');
      expect(empty.isNullObject).toBe(false);
      expect(empty.address).toBe('Empty!A1');
    });
  });

  test('charts can be deleted only once their items are loaded; the delete applies at sync', async () => {
    const excel = sample();
    const sheet = excel.store.addSheet('Charts', [['District', 'Rate'], ['Blaby', 3.61], ['Charnwood', 4.12]]);
    for (const type of ['BarClustered', 'ColumnClustered']) sheet.charts.push(newStoredChart(type, 'Charts', { top: 0, left: 0, bottom: 2, right: 1 }, 'Columns'));
    await excel.run(async (context) => {
      const unloaded = context.workbook.worksheets.getItem('Charts');
      expect(() => unloaded.charts.items).toThrow(/not available/);
      const worksheets = context.workbook.worksheets.load('items/name, items/charts/items/chartType');
      await context.sync();
      const charts = worksheets.items.find((s) => s.name === 'Charts')!.charts.items;
      expect(charts.map((c) => (c as FakeChart).chartType)).toEqual(['BarClustered', 'ColumnClustered']);
      for (const chart of charts) chart.delete();
      expect(sheet.charts).toHaveLength(2);
      await context.sync();
    });
    expect(sheet.charts).toHaveLength(0);
  });

  test('a chart on a protected sheet cannot be deleted', async () => {
    const excel = sample();
    const sheet = excel.store.addSheet('Charts', [['District', 'Rate'], ['Blaby', 3.61]]);
    sheet.charts.push(newStoredChart('BarClustered', 'Charts', { top: 0, left: 0, bottom: 1, right: 1 }, 'Columns'));
    excel.store.protect('Charts');
    await expect(
      excel.run(async (context) => {
        const worksheets = context.workbook.worksheets.load('items/charts/items/chartType');
        await context.sync();
        worksheets.items[1].charts.items[0].delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sheet.charts).toHaveLength(1);
  });

  test('deleting a sheet turns formulas on other sheets that point at it into #REF! for good, as Excel does', async () => {
    const excel = sample();
    excel.store.addSheet('Dashboard', [['Outcomes']]);
    excel.store.addSheet('Board paper', [['Q4']]);
    const cover = excel.store.addSheet('Cover');
    const formulas = ['=Dashboard!A1', "='Board paper'!A1&dashboard!B2", '=MyDashboard!A1'];
    formulas.forEach((formula, row) => Object.assign(cover.cellForWrite(row, 0), { value: null, formula }));
    await excel.run(async (context) => {
      (context.workbook.worksheets.getItem('Dashboard') as FakeWorksheet).delete();
      (context.workbook.worksheets.getItem('Board paper') as FakeWorksheet).delete();
    });
    expect(cover.cell(0, 0)).toEqual({ value: '#REF!', error: '#REF!', formula: '=#REF!A1' });
    expect(cover.cell(1, 0)?.formula).toBe('=#REF!A1&#REF!B2');
    expect(cover.cell(2, 0)).toEqual({ value: null, formula: '=MyDashboard!A1' });
  });
});
