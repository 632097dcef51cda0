import { CHART_COLOURS } from '../../engine';
import { CHART_INK, ChartDrawing, ChartShape } from './ChartDrawing';
import { formatChartNumber, niceTicks } from './chartScale';
import { drawingToSvg } from './drawingToSvg';

export interface TrendLineChartInput {
  readonly indicator: string;
  /** Oldest first, e.g. rolling 12-month figures by quarter. */
  readonly points: ReadonlyArray<{ readonly label: string; readonly value: number }>;
  /** The y-axis title (default "Value"). */
  readonly valueLabel?: string;
  readonly format?: (value: number) => string;
}

const WIDTH = 680;
const LEFT = 78;
const RIGHT = 28;
const TOP = 48;
const PLOT_HEIGHT = 200;

/** The rolling figures as a line with a marker and its value at each point. */
export function trendLineChart(input: TrendLineChartInput): ChartDrawing {
  const format = input.format ?? formatChartNumber;
  const points = input.points.filter((p) => Number.isFinite(p.value));
  const values = points.map((p) => p.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotWidth = WIDTH - LEFT - RIGHT;
  const slanted = points.length > 8;
  const plotHeight = PLOT_HEIGHT;
  const bottom = TOP + plotHeight;
  const height = bottom + (slanted ? 92 : 56);
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * plotHeight;
  const x = (i: number) => (points.length <= 1 ? LEFT + plotWidth / 2 : LEFT + 20 + (i * (plotWidth - 40)) / (points.length - 1));
  const shapes: ChartShape[] = [
    { kind: 'text', x: WIDTH / 2, y: 24, text: input.indicator, size: 14, anchor: 'middle', bold: true },
  ];

  for (const t of ticks) {
    shapes.push({ kind: 'line', x1: LEFT, y1: y(t), x2: LEFT + plotWidth, y2: y(t), stroke: CHART_INK.grid, strokeWidth: 1 });
    shapes.push({ kind: 'text', x: LEFT - 8, y: y(t) + 4, text: format(t), size: 11, anchor: 'end' });
  }
  shapes.push({ kind: 'line', x1: LEFT, y1: TOP, x2: LEFT, y2: bottom, stroke: CHART_INK.axis, strokeWidth: 1 });
  shapes.push({ kind: 'line', x1: LEFT, y1: bottom, x2: LEFT + plotWidth, y2: bottom, stroke: CHART_INK.axis, strokeWidth: 1 });

  if (points.length > 1) {
    shapes.push({ kind: 'polyline', points: points.map((p, i) => ({ x: x(i), y: y(p.value) })), stroke: CHART_COLOURS.trend, strokeWidth: 2.5 });
  }
  points.forEach((p, i) => {
    shapes.push({ kind: 'circle', cx: x(i), cy: y(p.value), r: 4, fill: '#FFFFFF', stroke: CHART_COLOURS.trend });
    shapes.push({ kind: 'text', x: x(i), y: y(p.value) - 9, text: format(p.value), size: 11, anchor: 'middle', bold: true });
    shapes.push(
      slanted
        ? { kind: 'text', x: x(i), y: bottom + 16, text: p.label, size: 11, anchor: 'end', rotate: -35 }
        : { kind: 'text', x: x(i), y: bottom + 18, text: p.label, size: 11, anchor: 'middle' },
    );
  });
  if (points.length === 0) {
    shapes.push({ kind: 'text', x: LEFT + plotWidth / 2, y: TOP + plotHeight / 2, text: 'No trend data', size: 12, anchor: 'middle' });
  }

  shapes.push({ kind: 'text', x: LEFT + plotWidth / 2, y: height - 12, text: 'Period', size: 12, anchor: 'middle' });
  shapes.push({ kind: 'text', x: 18, y: TOP + plotHeight / 2, text: input.valueLabel ?? 'Value', size: 12, anchor: 'middle', rotate: -90 });

  return {
    width: WIDTH,
    height,
    title: `${input.indicator}: trend`,
    description: points.length ? `${points.map((p) => `${p.label} ${format(p.value)}`).join('; ')}.` : 'No trend data.',
    shapes,
  };
}

export function trendLineChartSvg(input: TrendLineChartInput): string {
  return drawingToSvg(trendLineChart(input));
}
