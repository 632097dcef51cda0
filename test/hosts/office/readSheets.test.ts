import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { FakeWorkbookStore } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { indicatorsExcel, INDICATORS } from './fixtures';

describe('OfficeHost.readSheets', () => {
  test('reads every sheet in two syncs, anchored at A1', async () => {
    const excel = indicatorsExcel();
    excel.store.addSheet('Notes', [['Read me']]);
    const grids = await new OfficeHost(excel.run).readSheets();
    expect(excel.syncs).toHaveLength(2);
    expect(grids.map((g) => g.name)).toEqual(['Indicators', 'Notes']);
    expect(grids[0].values[3]).toEqual(['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 47.21, 51.61]);
    expect(grids[0].values[4][0]).toBeNull();
    expect(grids[0].values.length).toBe(INDICATORS.length);
  });

  test('pads a used range that starts below and right of A1', async () => {
    const store = new FakeWorkbookStore();
    const sheet = store.addSheet('Districts');
    sheet.cellForWrite(4, 2).value = 'District'; // C5
    sheet.cellForWrite(5, 3).value = 2003; // D6
    const grids = await new OfficeHost(new FakeExcel(store).run).readSheets();
    const { values } = grids[0];
    expect(values.length).toBe(6);
    expect(values[0]).toEqual([]);
    expect(values[4]).toEqual([null, null, 'District', null]);
    expect(values[5]).toEqual([null, null, null, 2003]);
  });

  test('error cells come back as CellError, empty cells as null, number formats kept', async () => {
    const store = FakeWorkbookStore.fromGrids([
      { name: 'Peers', values: [['Area', 'Value'], ['Leicestershire', { error: '#DIV/0!' }], ['Derbyshire', 0.284]], numberFormats: [[], [], [undefined, '0.0%']] },
    ]);
    const [grid] = await new OfficeHost(new FakeExcel(store).run).readSheets();
    expect(grid.values[1][1]).toEqual({ error: '#DIV/0!' });
    expect(grid.values[2][1]).toBe(0.284);
    expect(grid.numberFormats?.[2][1]).toBe('0.0%');
    expect(grid.numberFormats?.[0][0]).toBe('General');
  });

  test('an empty sheet reads as an empty grid', async () => {
    const store = new FakeWorkbookStore();
    store.addSheet('Empty');
    const [grid] = await new OfficeHost(new FakeExcel(store).run).readSheets();
    expect(grid).toEqual({ name: 'Empty', values: [], numberFormats: [] });
  });
});
