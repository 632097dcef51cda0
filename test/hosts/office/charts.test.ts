import { buildChartsSheet, CHART_COLOURS, CHART_RISK_COLOURS, ChartSpec, WritePlan } from '../../../src/engine';
import { chartBytes } from '../../../src/hosts/office/addChart';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import type { FakeExcel } from '../../../src/hosts/fakeExcel/FakeExcel';
import type { FakeWorksheet } from '../../../src/hosts/fakeExcel/FakeWorksheet';
import { FIRST_TIME_ENTRANTS, RISK, VIOLENCE_BY_DISTRICT } from '../../engine/charts/fixtures';
import { columnWrite, indicatorsExcel, storeSnapshot } from './fixtures';

const built = buildChartsSheet({ districtBars: [VIOLENCE_BY_DISTRICT], trendLines: [FIRST_TIME_ENTRANTS], riskBars: RISK })!;
const WITH_CHARTS: WritePlan = { columns: [], ownedSheets: [built.sheet], charts: built.charts };
const WITHOUT_CHARTS: WritePlan = { columns: [], ownedSheets: [built.sheet] };

async function write(plan: WritePlan, excel: FakeExcel = indicatorsExcel()): Promise<FakeExcel> {
  await new OfficeHost(excel.run).write(plan);
  return excel;
}

const chartsOf = (excel: FakeExcel) => excel.store.requireSheet('Charts').charts;

describe('OfficeHost draws the charts of a plan', () => {
  test('one native chart per spec, with the right type, source table, titles and position', async () => {
    const excel = await write(WITH_CHARTS);
    const charts = chartsOf(excel);
    expect(charts.map((c) => c.type)).toEqual(['BarClustered', 'LineMarkers', 'BarClustered']);
    const [districts, trend, risk] = charts;
    // Source A5:B14: header row 5 (index 4), 9 bars (7 districts, county, region), one series by columns.
    expect(districts).toMatchObject({
      sourceSheet: 'Charts',
      source: { top: 4, left: 0, bottom: 13, right: 1 },
      seriesBy: 'Columns',
      title: 'Violence with injury by district',
      categoryAxisTitle: 'District',
      valueAxisTitle: 'Rate per 1,000',
      position: { topLeft: 'D5', bottomRight: 'K19' },
      legendVisible: false,
      showValue: true,
      categoryAxisReversed: true, // bars read top-down in table order
    });
    expect(districts.series).toHaveLength(1);
    expect(districts.series[0].points).toHaveLength(9);
    expect(trend).toMatchObject({ title: 'First-time entrants: trend', categoryAxisTitle: 'Period', valueAxisTitle: 'Count', showValue: false, categoryAxisReversed: false });
    expect(trend.series[0].points).toHaveLength(8);
    expect(risk.title).toBe('Risk score by category');
    // The table the chart reads is on the sheet: header, then the first district.
    const sheet = excel.store.requireSheet('Charts');
    expect(sheet.valueAt('A5')).toBe('District');
    expect(sheet.valueAt('B6')).toBe(3.61);
  });

  test('series and point colours: county dark, region orange, risk bands light → dark, trend line and markers blue', async () => {
    const [districts, trend, risk] = chartsOf(await write(WITH_CHARTS));
    expect(districts.series[0].fill).toBe(CHART_COLOURS.district);
    expect(districts.series[0].points.map((p) => p.fill)).toEqual([...Array(7).fill(CHART_COLOURS.district), CHART_COLOURS.county, CHART_COLOURS.regional]);
    expect(trend.series[0]).toMatchObject({ lineColor: CHART_COLOURS.trend, markerBackgroundColor: CHART_COLOURS.trend, markerForegroundColor: CHART_COLOURS.trend });
    expect(trend.series[0].fill).toBeUndefined();
    const { LOW, MEDIUM, HIGH } = CHART_RISK_COLOURS;
    expect(risk.series[0].points.map((p) => p.fill)).toEqual([HIGH, MEDIUM, MEDIUM, MEDIUM, LOW, LOW]);
  });

  test('no extra sync: charts ride in the write sync (1 check + 1 write, as without charts)', async () => {
    const plain = await write(WITHOUT_CHARTS);
    const charted = await write(WITH_CHARTS);
    expect(plain.syncs).toHaveLength(2);
    expect(charted.syncs).toHaveLength(2);
    expect(charted.syncs[1].actions).toBeGreaterThan(plain.syncs[1].actions);
    expect(charted.syncs[1]).toMatchObject({ screenUpdatingSuspended: true, calculationSuspended: true });
  });

  test('the byte estimate the sync packing uses is an upper bound of what the charts send', async () => {
    const plain = await write(WITHOUT_CHARTS);
    const charted = await write(WITH_CHARTS);
    const sent = charted.syncs[1].requestBytes - plain.syncs[1].requestBytes;
    const estimate = built.charts.reduce((sum, spec) => sum + chartBytes(spec), 0);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(estimate);
  });

  test('a rerun rebuilds the sheet with the same charts, not a second set', async () => {
    const excel = await write(WITH_CHARTS);
    const once = JSON.stringify(chartsOf(excel));
    const cells = storeSnapshot(excel.store);
    excel.resetSyncs();
    await write(WITH_CHARTS, excel);
    expect(chartsOf(excel)).toHaveLength(3);
    expect(JSON.stringify(chartsOf(excel))).toBe(once);
    expect(storeSnapshot(excel.store)).toBe(cells);
    expect(excel.syncs).toHaveLength(2);
  });

  test('a chart whose sheet is not an owned sheet of the plan is not drawn (never on a user sheet)', async () => {
    const stray: ChartSpec = { ...built.charts[0], sheet: 'Indicators', dataRange: 'C3:D6' };
    const excel = await write({ columns: [columnWrite(4, 'Change %', [{ value: 0.0932 }])], ownedSheets: [], charts: [stray] });
    expect(excel.store.requireSheet('Indicators').charts).toHaveLength(0);
    expect(excel.store.requireSheet('Indicators').valueAt('E4')).toBe(0.0932);
  });

  test('charts only, without the owned sheet in the plan, writes nothing and syncs nothing', async () => {
    const excel = await write({ columns: [], ownedSheets: [], charts: built.charts });
    expect(excel.store.sheet('Charts')).toBeUndefined();
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('fake chart collection', () => {
  test('chart properties can be read only after load and sync, as in Excel', async () => {
    const excel = await write(WITH_CHARTS);
    await excel.run(async (context) => {
      const charts = (context.workbook.worksheets.getItem('Charts') as FakeWorksheet).charts;
      const first = charts.getItemAt(0);
      first.title.load('text');
      expect(() => first.title.text).toThrow(/not available/);
      charts.load('items/title/text, items/chartType, count');
      await context.sync();
      expect(first.title.text).toBe('Violence with injury by district');
      expect(charts.count).toBe(3);
      expect(charts.items.map((c) => c.chartType)).toEqual(['BarClustered', 'LineMarkers', 'BarClustered']);
      expect(charts.items[2].title.text).toBe('Risk score by category');
      expect(() => charts.items[0].legend.visible).toThrow(/not available/);
    });
  });

  test('a point colour beyond the chart\'s categories fails the sync, as Excel does', async () => {
    const tooMany: ChartSpec = { ...built.charts[0], pointColours: [...built.charts[0].pointColours!, '#000000'] };
    const error = await write({ ...WITH_CHARTS, charts: [tooMany] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidArgument' });
    expect((error as Error).message).toMatch(/no point at index 9/);
  });

  test('a source range with no series column is refused', async () => {
    const narrow: ChartSpec = { ...built.charts[0], dataRange: 'A5:A14', pointColours: undefined, seriesColours: undefined };
    await expect(write({ ...WITH_CHARTS, charts: [narrow] })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
