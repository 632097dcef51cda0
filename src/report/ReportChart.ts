import type { ReportOptions } from '../engine';
import type { ChartDrawing } from './charts/ChartDrawing';
import { DistrictBarChartInput, districtBarChart } from './charts/districtBarChart';
import { TrendLineChartInput, trendLineChart } from './charts/trendLineChart';

/** A picture for the report: districts against the county, or an indicator's trend. */
export type ReportChart =
  | { readonly kind: 'districts'; readonly input: DistrictBarChartInput }
  | { readonly kind: 'trend'; readonly input: TrendLineChartInput };

export interface BoardReportOptions extends ReportOptions {
  /** Drawn after the table in the HTML page and the Word document, in this order. */
  readonly charts?: ReadonlyArray<ReportChart>;
}

export function chartDrawing(chart: ReportChart): ChartDrawing {
  return chart.kind === 'districts' ? districtBarChart(chart.input) : trendLineChart(chart.input);
}
