import { existsSync } from 'fs';
import { join } from 'path';
import type { OwnedSheet } from '../../../src/engine';
import { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { runCalculation } from '../../../src/hosts/runCalculation';
import { indicatorsExcel } from './fixtures';
import { fakeStoreFromXlsx } from './fakeFromXlsx';

/** An analyst's cover sheet that quotes the Dashboard, as board papers do. */
function addCoverSheet(excel: FakeExcel): void {
  const cover = excel.store.addSheet('Cover', [['Board paper: community safety, Q4 2016/17']]);
  Object.assign(cover.cellForWrite(2, 0), { value: null, formula: '=Dashboard!A1' });
}

const coverFormula = (excel: FakeExcel) => excel.store.requireSheet('Cover').cell(2, 0);

describe('an owned sheet that exists is rebuilt in place, never deleted', () => {
  const SAMPLE = join(__dirname, '../../../examples/leicestershire-2016-17.xlsx');
  (existsSync(SAMPLE) ? test : test.skip)(
    'a second calculation keeps the Dashboard and Charts sheet objects, their tabs, their charts (not a second set) and a cover sheet\'s =Dashboard!A1',
    async () => {
      const excel = new FakeExcel(await fakeStoreFromXlsx(SAMPLE));
      const host = new OfficeHost(excel.run);
      await runCalculation(host);
      addCoverSheet(excel);
      const dashboard = excel.store.requireSheet('Dashboard');
      const charts = excel.store.requireSheet('Charts');
      const tabs = excel.store.sheets.map((s) => s.name);
      expect(tabs.slice(-3)).toEqual(['Dashboard', 'Charts', 'Cover']);
      const firstCells = JSON.stringify([...dashboard.rows]);
      const firstCharts = JSON.stringify(charts.charts);
      expect(charts.charts.length).toBeGreaterThan(0);

      excel.resetSyncs();
      await runCalculation(host);
      expect(excel.store.requireSheet('Dashboard')).toBe(dashboard);
      expect(excel.store.requireSheet('Charts')).toBe(charts);
      expect(excel.store.sheets.map((s) => s.name)).toEqual(tabs);
      expect(coverFormula(excel)).toEqual({ value: null, formula: '=Dashboard!A1' });
      expect(JSON.stringify([...dashboard.rows])).toBe(firstCells);
      expect(JSON.stringify(charts.charts)).toBe(firstCharts);
      expect(excel.syncs.length).toBeLessThanOrEqual(4);
    },
  );

  // Seed 002: total crime 47.21 → 51.61, Amber.
  const BIG: OwnedSheet = {
    name: 'Dashboard',
    rows: [
      [{ value: 'Outcomes', bold: true }, { value: 'Overall Progress RAG', bold: true }, { value: 'Supporting Indicators', bold: true }],
      [{ value: 'Ongoing reductions in crime' }, { value: 'A', fill: '#FFEB9C' }, { value: 'Total Crime rate (per 1,000 population)', hyperlink: "'Indicators'!B4" }],
      [{ value: null }, { value: null }, { value: 'Domestic Burglary rate (per 1,000 population)', numberFormat: '@' }],
    ],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
  };
  const SMALL: OwnedSheet = { name: 'Dashboard', rows: [[{ value: 'Outcomes', bold: true }]], merges: [] };

  test('what the previous build left (values, fills, formats, links, merges) is cleared; the sheet and its place stay', async () => {
    const excel = indicatorsExcel();
    const host = new OfficeHost(excel.run);
    await host.write({ columns: [], ownedSheets: [BIG] });
    addCoverSheet(excel);
    const sheet = excel.store.requireSheet('Dashboard');
    expect(sheet.merges).toHaveLength(1);

    excel.resetSyncs();
    await host.write({ columns: [], ownedSheets: [SMALL] });
    expect(excel.store.requireSheet('Dashboard')).toBe(sheet);
    expect(excel.store.sheets.map((s) => s.name)).toEqual(['Indicators', 'Dashboard', 'Cover']);
    expect(coverFormula(excel)).toEqual({ value: null, formula: '=Dashboard!A1' });
    expect([...sheet.rows]).toEqual([[0, new Map([[0, { value: 'Outcomes', bold: true }]])]]);
    expect(sheet.merges).toEqual([]);
    expect(excel.syncs).toHaveLength(2); // 1 check + 1 write, as when the sheet is new
  });

  test('a protected workbook structure does not stop an existing owned sheet being rebuilt (no sheet is added)', async () => {
    const excel = indicatorsExcel();
    const host = new OfficeHost(excel.run);
    await host.write({ columns: [], ownedSheets: [BIG] });
    excel.store.protectStructure();
    await host.write({ columns: [], ownedSheets: [SMALL] });
    expect(excel.store.requireSheet('Dashboard').toGrid().values).toEqual([['Outcomes']]);
  });

  test('an owned sheet whose name differs in case is rebuilt under its own name', async () => {
    const excel = indicatorsExcel();
    const host = new OfficeHost(excel.run);
    await host.write({ columns: [], ownedSheets: [{ ...BIG, name: 'DASHBOARD' }] });
    await host.write({ columns: [], ownedSheets: [SMALL] });
    expect(excel.store.sheets.map((s) => s.name)).toEqual(['Indicators', 'DASHBOARD']);
    expect(excel.store.requireSheet('Dashboard').toGrid().values).toEqual([['Outcomes']]);
  });
});
