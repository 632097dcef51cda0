import type { ChartKind, ChartSpec } from '../../engine';
import type { ExcelChartType, ExcelWorksheet } from './ExcelContext';
import { COMMAND_OVERHEAD_BYTES, payloadBytes } from './WriteOp';

const EXCEL_CHART_TYPE: Record<ChartKind, ExcelChartType> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  line: 'LineMarkers',
  bubble: 'Bubble',
};

/**
 * Queues the commands that draw one chart on `sheet` (nothing is sent until the caller syncs, and
 * nothing is read back, so the chart costs no sync of its own). Series are taken by columns, as
 * ChartSpec lays its tables out. Line series are coloured by their line and markers, other series
 * by their fill; point colours apply to the first series. Needs ExcelApi 1.7 (reversePlotOrder,
 * marker colours).
 */
export function addChart(sheet: ExcelWorksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add(EXCEL_CHART_TYPE[spec.type], sheet.getRange(spec.dataRange), 'Columns');
  chart.title.text = spec.title;
  if (spec.categoryAxisTitle !== undefined) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  if (spec.valueAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  // Excel draws a bar chart's first category at the bottom; reversed, the bars read down in table order.
  if (spec.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = spec.legend ?? false;
  if (spec.dataLabels) chart.dataLabels.showValue = true;
  chart.setPosition(spec.position.topLeft, spec.position.bottomRight);
  (spec.seriesColours ?? []).forEach((colour, index) => {
    const series = chart.series.getItemAt(index);
    if (spec.type === 'line') {
      series.format.line.color = colour;
      series.markerBackgroundColor = colour;
      series.markerForegroundColor = colour;
    } else series.format.fill.setSolidColor(colour);
  });
  if (spec.pointColours && spec.pointColours.length > 0) {
    const points = chart.series.getItemAt(0).points;
    spec.pointColours.forEach((colour, index) => points.getItemAt(index).format.fill.setSolidColor(colour));
  }
}

/**
 * Upper estimate of the request bytes addChart queues: at most 10 chart commands, 4 per series
 * colour, 1 + 2 per point colour, each counted at twice the usual overhead because chart object
 * paths are long, plus the spec's own text.
 */
export function chartBytes(spec: ChartSpec): number {
  const commands = 10 + 4 * (spec.seriesColours?.length ?? 0) + 1 + 2 * (spec.pointColours?.length ?? 0);
  return commands * 2 * COMMAND_OVERHEAD_BYTES + payloadBytes(spec);
}
