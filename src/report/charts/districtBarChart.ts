import { CHART_COLOURS } from '../../engine';
import { CHART_INK, ChartDrawing, ChartShape } from './ChartDrawing';
import { formatChartNumber, niceTicks } from './chartScale';
import { drawingToSvg } from './drawingToSvg';

export interface DistrictBarChartInput {
  readonly indicator: string;
  readonly districts: ReadonlyArray<{ readonly name: string; readonly value: number }>;
  readonly county: number;
  readonly regional?: number;
  /** The axis title, e.g. "Rate per 1,000 population" (default "Value"). */
  readonly valueLabel?: string;
  readonly format?: (value: number) => string;
}

const WIDTH = 680;
const LEFT = 200;
const RIGHT = 60;
const TOP = 44;
const BAR_ROW = 28;
const BOTTOM = 84;

/**
 * Horizontal bars (long district names stay readable) with each value written on its bar; the
 * county as a solid dark line and the regional average as a dashed orange one, so the three marks
 * differ in lightness and in pattern as well as hue.
 */
export function districtBarChart(input: DistrictBarChartInput): ChartDrawing {
  const format = input.format ?? formatChartNumber;
  const districts = input.districts.filter((d) => Number.isFinite(d.value));
  const references = [input.county, input.regional].filter((v): v is number => v !== undefined && Number.isFinite(v));
  const values = [...districts.map((d) => d.value), ...references];
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = Math.max(1, districts.length) * BAR_ROW;
  const height = TOP + plotHeight + BOTTOM;
  const x = (v: number) => LEFT + ((v - lo) / (hi - lo)) * plotWidth;
  const bottom = TOP + plotHeight;
  const shapes: ChartShape[] = [
    { kind: 'text', x: WIDTH / 2, y: 22, text: input.indicator, size: 14, anchor: 'middle', bold: true },
  ];

  for (const t of ticks) {
    shapes.push({ kind: 'line', x1: x(t), y1: TOP, x2: x(t), y2: bottom, stroke: CHART_INK.grid, strokeWidth: 1 });
    shapes.push({ kind: 'line', x1: x(t), y1: bottom, x2: x(t), y2: bottom + 5, stroke: CHART_INK.axis, strokeWidth: 1 });
    shapes.push({ kind: 'text', x: x(t), y: bottom + 18, text: format(t), size: 11, anchor: 'middle' });
  }

  districts.forEach((d, i) => {
    const y = TOP + i * BAR_ROW + 5;
    const barHeight = BAR_ROW - 10;
    const start = x(Math.min(0, d.value));
    const end = x(Math.max(0, d.value));
    shapes.push({ kind: 'rect', x: start, y, width: Math.max(0.5, end - start), height: barHeight, fill: CHART_COLOURS.district });
    shapes.push({ kind: 'text', x: LEFT - 8, y: y + barHeight / 2 + 4, text: d.name, size: 12, anchor: 'end' });
    // The value sits inside the start of its bar (clear of the county and regional lines, which
    // fall near the bars' ends), or just past a bar too short to hold it.
    const label = format(d.value);
    const fits = end - start > label.length * 7 + 10;
    shapes.push(
      fits
        ? { kind: 'text', x: start + 5, y: y + barHeight / 2 + 4, text: label, size: 11, anchor: 'start', bold: true }
        : { kind: 'text', x: end + 4, y: y + barHeight / 2 + 4, text: label, size: 11, anchor: 'start', bold: true },
    );
  });
  if (districts.length === 0) {
    shapes.push({ kind: 'text', x: LEFT + plotWidth / 2, y: TOP + BAR_ROW / 2 + 4, text: 'No district data', size: 12, anchor: 'middle' });
  }

  shapes.push({ kind: 'line', x1: LEFT, y1: TOP, x2: LEFT, y2: bottom, stroke: CHART_INK.axis, strokeWidth: 1 });
  shapes.push({ kind: 'line', x1: LEFT, y1: bottom, x2: LEFT + plotWidth, y2: bottom, stroke: CHART_INK.axis, strokeWidth: 1 });

  const legendY = bottom + 62;
  shapes.push({ kind: 'line', x1: x(input.county), y1: TOP - 4, x2: x(input.county), y2: bottom, stroke: CHART_COLOURS.county, strokeWidth: 3 });
  shapes.push({ kind: 'line', x1: LEFT, y1: legendY - 4, x2: LEFT + 28, y2: legendY - 4, stroke: CHART_COLOURS.county, strokeWidth: 3 });
  shapes.push({ kind: 'text', x: LEFT + 34, y: legendY, text: `County ${format(input.county)}`, size: 12, anchor: 'start' });
  if (input.regional !== undefined && Number.isFinite(input.regional)) {
    const rx = x(input.regional);
    shapes.push({ kind: 'line', x1: rx, y1: TOP - 4, x2: rx, y2: bottom, stroke: CHART_COLOURS.regional, strokeWidth: 2, dash: [6, 4] });
    shapes.push({ kind: 'line', x1: LEFT + 200, y1: legendY - 4, x2: LEFT + 228, y2: legendY - 4, stroke: CHART_COLOURS.regional, strokeWidth: 2, dash: [6, 4] });
    shapes.push({ kind: 'text', x: LEFT + 234, y: legendY, text: `Regional average ${format(input.regional)}`, size: 12, anchor: 'start' });
  }

  shapes.push({ kind: 'text', x: LEFT + plotWidth / 2, y: bottom + 38, text: input.valueLabel ?? 'Value', size: 12, anchor: 'middle' });
  shapes.push({ kind: 'text', x: 16, y: TOP + plotHeight / 2, text: 'District', size: 12, anchor: 'middle', rotate: -90 });

  const listed = districts.map((d) => `${d.name} ${format(d.value)}`).join('; ');
  const regional = input.regional !== undefined ? `; regional average ${format(input.regional)}` : '';
  return {
    width: WIDTH,
    height,
    title: `${input.indicator} by district`,
    description: `${listed || 'No district data'}; county ${format(input.county)}${regional}.`,
    shapes,
  };
}

export function districtBarChartSvg(input: DistrictBarChartInput): string {
  return drawingToSvg(districtBarChart(input));
}
