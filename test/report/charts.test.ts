import { drawingToPng, districtBarChart, districtBarChartSvg, trendLineChartSvg } from '../../src/report';
import { niceTicks } from '../../src/report/charts/chartScale';

/** A strict enough well-formedness check: tags balance, attributes quoted, no raw < or & in text. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of svg.matchAll(tag)) {
    const between = svg.slice(last, m.index);
    expect(between).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39);)/);
    last = m.index! + m[0].length;
    if (m[4]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

// Seed 003 names the seven districts; the rates here are illustrative test inputs.
const districts = [
  { name: 'Blaby', value: 48.3 },
  { name: 'Charnwood', value: 55.1 },
  { name: 'Harborough', value: 38.7 },
  { name: 'Hinckley and Bosworth', value: 47.9 },
  { name: 'Melton', value: 44.2 },
  { name: 'North West Leicestershire', value: 57.6 },
  { name: 'Oadby and Wigston', value: 52.0 },
];

describe('districtBarChartSvg', () => {
  const svg = districtBarChartSvg({ indicator: 'Total crime rate', districts, county: 51.61, regional: 62.3, valueLabel: 'Rate per 1,000 population' });

  test('is well-formed SVG with a title, a description and labelled axes', () => {
    assertWellFormed(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Total crime rate by district</title>');
    expect(svg).toContain('>Rate per 1,000 population</text>');
    expect(svg).toContain('>District</text>');
  });

  test('draws one bar per district, labelled with its value, plus county and regional lines', () => {
    expect(svg.match(/<rect [^>]*fill="#9ECAE1"/g)).toHaveLength(7);
    expect(svg).toContain('>North West Leicestershire</text>');
    expect(svg).toContain('>57.6</text>');
    expect(svg).toContain('>County 51.61</text>');
    expect(svg).toContain('>Regional average 62.3</text>');
    expect(svg).toMatch(/stroke="#E6550D" stroke-width="2" stroke-dasharray="6 4"/);
  });

  test('puts bar lengths in proportion on a 0-based axis', () => {
    const drawing = districtBarChart({ indicator: 'x', districts: [{ name: 'A', value: 20 }, { name: 'B', value: 40 }], county: 30 });
    const bars = drawing.shapes.filter((s) => s.kind === 'rect');
    const widths = bars.map((b) => (b.kind === 'rect' ? b.width : 0));
    expect(widths[1] / widths[0]).toBeCloseTo(2, 6);
  });

  test('escapes labels and survives no data', () => {
    const hostile = districtBarChartSvg({ indicator: '<script>alert(1)</script>', districts: [{ name: 'A & B "<x>"', value: 1 }], county: 2 });
    assertWellFormed(hostile);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('>A &amp; B &quot;&lt;x&gt;&quot;</text>');
    const empty = districtBarChartSvg({ indicator: 'None', districts: [], county: 3 });
    assertWellFormed(empty);
    expect(empty).toContain('>No district data</text>');
  });
});

describe('trendLineChartSvg', () => {
  // First-time entrants by year, seed 003.
  const points = [
    ['2014/15', 190], ['2015/16', 124], ['2016/17', 126], ['2017/18', 101],
    ['2018/19', 100], ['2019/20', 111], ['2020/21', 88], ['2021/22', 84],
  ].map(([label, value]) => ({ label: String(label), value: Number(value) }));
  const svg = trendLineChartSvg({ indicator: 'First time entrants aged 10-17', points, valueLabel: 'Young people' });

  test('is well-formed with one line through every point, each labelled', () => {
    assertWellFormed(svg);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(8);
    expect(svg).toContain('>190</text>');
    expect(svg).toContain('>2021/22</text>');
    expect(svg).toContain('>Period</text>');
    expect(svg).toContain('>Young people</text>');
    expect(svg).toContain('<desc>2014/15 190; 2015/16 124;');
  });

  test('escapes labels and handles a single point and no points', () => {
    const one = trendLineChartSvg({ indicator: 'a<b', points: [{ label: '<Q1>', value: 3 }] });
    assertWellFormed(one);
    expect(one).toContain('>&lt;Q1&gt;</text>');
    expect(one).not.toContain('<polyline');
    expect(trendLineChartSvg({ indicator: 'x', points: [] })).toContain('>No trend data</text>');
  });
});

describe('niceTicks', () => {
  test('covers the data with 1-2-5 steps', () => {
    // 57.6 / 5 = 11.52 → the next 1-2-5 step is 20.
    expect(niceTicks(0, 57.6)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(0, 190)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(-3, 4)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});

describe('drawingToPng', () => {
  test('is a PNG of the chart size whose bars are painted', () => {
    const drawing = districtBarChart({ indicator: 'x', districts, county: 51.61 });
    const png = drawingToPng(drawing);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(drawing.width);
    expect(view.getUint32(20)).toBe(drawing.height);
  });
});
