import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';
import { createFakeOffice } from '../../../src/hosts/fakeExcel/createFakeOffice';

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
