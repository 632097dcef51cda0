import type { CellRect } from './cellRect';
import { FakeExcelError } from './FakeExcelError';

export interface StoredChartPoint {
  fill?: string;
}

export interface StoredChartSeries {
  fill?: string;
  lineColor?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  readonly points: StoredChartPoint[];
}

/** One chart as the fake keeps it: what it was built from and every property the host can set. */
export interface StoredChart {
  readonly type: string;
  readonly sourceSheet: string;
  readonly source: CellRect;
  /** "Columns" or "Rows" as resolved from the requested seriesBy. */
  readonly seriesBy: 'Columns' | 'Rows';
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  categoryAxisReversed: boolean;
  valueAxisReversed: boolean;
  legendVisible: boolean;
  showValue: boolean;
  position: { readonly topLeft: string; readonly bottomRight: string } | undefined;
  readonly series: StoredChartSeries[];
}

/**
 * A new chart over `source`, read the way Excel reads a table with a header row and a category
 * column: by columns, one series per column after the first (bubble: one per Y and size pair) and
 * one point per row after the header; by rows, the other way round. "Auto" takes columns unless the
 * range is wider than it is tall, as Excel does. Defaults are Excel's: legend shown, no data labels.
 */
export function newStoredChart(type: string, sourceSheet: string, source: CellRect, seriesBy: string): StoredChart {
  const rows = source.bottom - source.top + 1;
  const columns = source.right - source.left + 1;
  const by = seriesBy === 'Rows' || (seriesBy === 'Auto' && columns > rows) ? 'Rows' : 'Columns';
  const [across, down] = by === 'Columns' ? [columns, rows] : [rows, columns];
  const seriesCount = type === 'Bubble' ? Math.floor((across - 1) / 2) : across - 1;
  if (seriesCount < 1 || down < 2) {
    throw new FakeExcelError('InvalidArgument', `The source range (${rows}x${columns}) holds no series after its header row and category column.`);
  }
  return {
    type,
    sourceSheet,
    source,
    seriesBy: by,
    title: '',
    categoryAxisTitle: '',
    valueAxisTitle: '',
    categoryAxisReversed: false,
    valueAxisReversed: false,
    legendVisible: true,
    showValue: false,
    position: undefined,
    series: Array.from({ length: seriesCount }, () => ({ points: Array.from({ length: down - 1 }, () => ({})) })),
  };
}
