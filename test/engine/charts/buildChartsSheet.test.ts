import { buildChartsSheet, CHART_COLOURS, CHART_RISK_COLOURS, CHARTS_SHEET, ChartSpec, OutputCell, parseCellAddress } from '../../../src/engine';
import { FIRST_TIME_ENTRANTS, RISK, VIOLENCE_BY_DISTRICT } from './fixtures';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rect(from: string, to: string): Rect {
  const a = parseCellAddress(from)!;
  const b = parseCellAddress(to)!;
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}
const rangeRect = (range: string) => rect(...(range.split(':') as [string, string]));
const chartRect = (spec: ChartSpec) => rect(spec.position.topLeft, spec.position.bottomRight);
const overlap = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The table under a chart, read back from the sheet rows as [label, value] pairs (header first). */
function tableOf(rows: ReadonlyArray<ReadonlyArray<OutputCell>>, spec: ChartSpec): (string | number | null)[][] {
  const r = rangeRect(spec.dataRange);
  return rows.slice(r.top, r.bottom + 1).map((row) => row.slice(r.left, r.right + 1).map((cell) => cell.value));
}

describe('buildChartsSheet', () => {
  test('no data at all, or only empty series, gives nothing to write', () => {
    expect(buildChartsSheet({})).toBeUndefined();
    expect(buildChartsSheet({ districtBars: [{ ...VIOLENCE_BY_DISTRICT, districts: [] }], trendLines: [{ indicator: 'x', points: [] }], riskBars: [] })).toBeUndefined();
  });

  test('district bars: the seven districts, then the county (3.93) and the regional average (7) marked in their own colours', () => {
    const built = buildChartsSheet({ districtBars: [VIOLENCE_BY_DISTRICT] })!;
    expect(built.sheet.name).toBe(CHARTS_SHEET);
    expect(built.charts).toHaveLength(1);
    const [chart] = built.charts;
    expect(chart).toMatchObject({
      sheet: 'Charts',
      type: 'bar',
      title: 'Violence with injury by district',
      categoryAxisTitle: 'District',
      valueAxisTitle: 'Rate per 1,000',
      dataRange: 'A5:B14', // heading on row 4, header row 5, 7 districts + county + region on rows 6-14
      position: { topLeft: 'D5', bottomRight: 'K19' }, // at least 15 rows tall
    });
    expect(built.sheet.rows[3][0]).toMatchObject({ value: 'Violence with injury: districts against the county', bold: true });
    const table = tableOf(built.sheet.rows, chart);
    expect(table[0]).toEqual(['District', 'Rate per 1,000']);
    expect(table[1]).toEqual(['Blaby', 3.61]);
    expect(table.slice(-2)).toEqual([
      ['County', 3.93],
      ['Regional average', 7],
    ]);
    expect(chart.pointColours).toEqual([...Array(7).fill(CHART_COLOURS.district), CHART_COLOURS.county, CHART_COLOURS.regional]);
  });

  test('without a regional average the county is the last bar', () => {
    const [chart] = buildChartsSheet({ districtBars: [{ ...VIOLENCE_BY_DISTRICT, regional: undefined }] })!.charts;
    expect(chart.dataRange).toBe('A5:B13');
    expect(chart.pointColours?.at(-1)).toBe(CHART_COLOURS.county);
  });

  test('trend lines: periods in order as text categories, one blue line, no point colours', () => {
    const built = buildChartsSheet({ trendLines: [FIRST_TIME_ENTRANTS] })!;
    const [chart] = built.charts;
    expect(chart).toMatchObject({ type: 'line', dataRange: 'A5:B13', seriesColours: [CHART_COLOURS.trend], categoryAxisTitle: 'Period', valueAxisTitle: 'Count' });
    expect(chart.pointColours).toBeUndefined();
    expect(tableOf(built.sheet.rows, chart).map((r) => r[1])).toEqual(['Count', 190, 124, 126, 101, 100, 111, 88, 84]);
  });

  test('risk: ranked highest first (ties by name), band named in every label and coloured light → dark', () => {
    const built = buildChartsSheet({ riskBars: RISK })!;
    const [chart] = built.charts;
    expect(tableOf(built.sheet.rows, chart)).toEqual([
      ['Category (band)', 'Risk score'],
      ['Domestic abuse (HIGH)', 240],
      ['ASB (MEDIUM)', 216],
      ['Burglary (MEDIUM)', 144],
      ['Cyber crime (MEDIUM)', 144],
      ['Hate crime (LOW)', 108],
      ['Robbery (LOW)', 90.5],
    ]);
    const { LOW, MEDIUM, HIGH } = CHART_RISK_COLOURS;
    expect(chart.pointColours).toEqual([HIGH, MEDIUM, MEDIUM, MEDIUM, LOW, LOW]);
    expect(chart).toMatchObject({ type: 'bar', dataLabels: true, valueAxisTitle: 'Risk score (probability × harm)' });
    // The label cells carry the band fill too, with white text on the dark HIGH fill.
    const top = rangeRect(chart.dataRange).top;
    expect(built.sheet.rows[top + 1][0]).toMatchObject({ fill: HIGH, fontColor: '#FFFFFF' });
    expect(built.sheet.rows[top + 6][0]).toMatchObject({ fill: LOW, fontColor: '#000000' });
  });

  test('a non-finite figure leaves a gap: blank value cell, category kept; a non-finite risk score is left out', () => {
    const built = buildChartsSheet({
      districtBars: [{ ...VIOLENCE_BY_DISTRICT, districts: [{ name: 'Melton', value: Number.NaN }], regional: Number.NaN }],
      riskBars: [{ category: 'Robbery', score: Number.NaN, rating: 'LOW' }],
    })!;
    expect(built.charts).toHaveLength(1);
    expect(tableOf(built.sheet.rows, built.charts[0])).toEqual([
      ['District', 'Rate per 1,000'],
      ['Melton', null],
      ['County', 3.93],
    ]);
  });

  describe('layout of several charts', () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ category: `Category ${String(i).padStart(2, '0')}`, score: 300 - i * 10, rating: 'LOW' as const }));
    const built = buildChartsSheet({ districtBars: [VIOLENCE_BY_DISTRICT, { ...VIOLENCE_BY_DISTRICT, indicator: 'Total crime' }], trendLines: [FIRST_TIME_ENTRANTS], riskBars: long })!;
    const tables = built.charts.map((c) => rangeRect(c.dataRange));
    const charts = built.charts.map(chartRect);

    test('one chart per table, in order: districts, trends, risk', () => {
      expect(built.charts.map((c) => c.type)).toEqual(['bar', 'bar', 'line', 'bar']);
      expect(built.charts.map((c) => c.sheet)).toEqual(['Charts', 'Charts', 'Charts', 'Charts']);
    });

    test('tables sit in A:B, each chart beside its own table in D:K starting on its header row', () => {
      built.charts.forEach((_, i) => {
        expect(tables[i]).toMatchObject({ left: 0, right: 1 });
        expect(charts[i]).toMatchObject({ left: 3, right: 10, top: tables[i].top });
        expect(charts[i].bottom).toBeGreaterThanOrEqual(tables[i].bottom);
        expect(charts[i].bottom - charts[i].top + 1).toBeGreaterThanOrEqual(15);
      });
    });

    test('no two tables, charts or headings overlap, and each block is separated by a blank row', () => {
      const blocks = built.charts.map((_, i) => ({ ...tables[i], top: tables[i].top - 1, bottom: Math.max(tables[i].bottom, charts[i].bottom) }));
      const headings = tables.map((t) => ({ top: t.top - 1, left: 0, bottom: t.top - 1, right: 10 }));
      const all = [...headings, ...tables, ...charts];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlap(all[i], all[j])).toBe(false);
      for (let i = 1; i < blocks.length; i++) {
        expect(blocks[i].top).toBe(blocks[i - 1].bottom + 2);
        expect(built.sheet.rows[blocks[i].top - 1] ?? []).toEqual([]);
      }
    });

    test('a long table makes its chart taller rather than spilling into the next block', () => {
      const risk = built.charts.length - 1;
      expect(tables[risk].bottom - tables[risk].top).toBe(30);
      expect(charts[risk].bottom).toBe(tables[risk].bottom);
    });

    test('every row written lies within the sheet rows and no cell is written beyond column B', () => {
      const last = Math.max(...charts.map((c) => c.bottom));
      expect(built.sheet.rows.length).toBeGreaterThanOrEqual(last + 1);
      expect(Math.max(...built.sheet.rows.map((r) => r.length))).toBe(2);
    });
  });
});
