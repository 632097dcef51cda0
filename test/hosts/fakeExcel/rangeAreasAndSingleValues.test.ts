import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';

function sheetOf(rows: number): FakeExcel {
  return new FakeExcel(FakeWorkbookStore.fromGrids([{ name: 'Indicators', values: Array.from({ length: rows }, (_, i) => [`row ${i + 1}`]) }]));
}

describe('fake Excel: Worksheet.getRanges (RangeAreas)', () => {
  test('a format set on the areas reaches every cell of every area and no other cell', async () => {
    const excel = sheetOf(10);
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Indicators').getRanges('A2:A3, A6;A8');
      areas.format.fill.color = '#ffc000';
      areas.format.font.bold = true;
      areas.format.horizontalAlignment = 'Center';
      await context.sync();
    });
    const sheet = excel.store.requireSheet('Indicators');
    const filled = Array.from({ length: 10 }, (_, r) => sheet.cell(r, 0)?.fill ?? null);
    expect(filled).toEqual([null, '#FFC000', '#FFC000', null, null, '#FFC000', null, '#FFC000', null, null]);
    expect(sheet.cell(5, 0)).toMatchObject({ bold: true, horizontalAlignment: 'Center' });
    expect(sheet.cell(3, 0)?.bold).toBeUndefined();
  });

  test('fill.clear on areas clears only those cells', async () => {
    const excel = sheetOf(4);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Indicators');
      sheet.getRange('A1:A4').format.fill.color = '#C6EFCE';
      sheet.getRanges('A1,A3').format.fill.clear();
      await context.sync();
    });
    const sheet = excel.store.requireSheet('Indicators');
    expect([0, 1, 2, 3].map((r) => sheet.cell(r, 0)?.fill ?? null)).toEqual([null, '#C6EFCE', null, '#C6EFCE']);
  });

  test('address and areaCount load as Excel reports them', async () => {
    const excel = sheetOf(4);
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Indicators').getRanges('A1:A2,C4').load(['address', 'areaCount']);
      await context.sync();
      expect(areas.address).toBe('Indicators!A1:A2,Indicators!C4');
      expect(areas.areaCount).toBe(2);
    });
  });

  test('an address over 8192 characters or a malformed one fails the sync with InvalidArgument', async () => {
    const long = Array.from({ length: 1_500 }, (_, i) => `A${2 * i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(8192);
    for (const address of [long, 'A1,,A3', 'A1:nonsense']) {
      const excel = sheetOf(4);
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Indicators').getRanges(address).format.font.bold = true;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(excel.store.requireSheet('Indicators').cell(0, 0)?.bold).toBeUndefined();
    }
  });

  test('the address is counted once in the request, not again with each format command', async () => {
    const address = Array.from({ length: 500 }, (_, i) => `A${2 * i + 1}`).join(',');
    const excel = sheetOf(1_000);
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Indicators').getRanges(address);
      areas.format.fill.color = '#FFC000';
      areas.format.font.color = '#000000';
      areas.format.font.bold = true;
      await context.sync();
    });
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(address.length);
    expect(excel.syncs[0].requestBytes).toBeLessThan(address.length + 1_000);
  });
});

describe('fake Excel: one value for a whole range', () => {
  test('a single number format applies to every cell; null is refused', async () => {
    const excel = sheetOf(3);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indicators').getRange('B1:C3').numberFormat = '0.0%';
      await context.sync();
    });
    const sheet = excel.store.requireSheet('Indicators');
    expect([sheet.cell(0, 1)?.numberFormat, sheet.cell(2, 2)?.numberFormat, sheet.cell(0, 0)?.numberFormat]).toEqual(['0.0%', '0.0%', undefined]);
    await expect(
      excel.run(async (context) => {
        (context.workbook.worksheets.getItem('Indicators').getRange('B1:C3') as unknown as { numberFormat: unknown }).numberFormat = null;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
