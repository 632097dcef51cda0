// The board report's front door: the CLI and the task pane import from here.
export { buildReportModel } from '../engine';
export type { ReportModel, ReportOptions, ReportCell, ReportRow, ReportColumn, KeyEntry } from '../engine';
export * from './ReportChart';
export { renderHtmlTable, renderHtmlFragment } from './renderHtmlTable';
export { renderHtmlPage } from './renderHtmlPage';
export { renderMarkdown, escapeMarkdown } from './renderMarkdown';
export { renderPlainText } from './renderPlainText';
export { renderDocx } from './renderDocx';
export { escapeHtml } from './escapeHtml';
export { districtBarChartSvg, districtBarChart } from './charts/districtBarChart';
export type { DistrictBarChartInput } from './charts/districtBarChart';
export { trendLineChartSvg, trendLineChart } from './charts/trendLineChart';
export type { TrendLineChartInput } from './charts/trendLineChart';
export { drawingToSvg } from './charts/drawingToSvg';
export { drawingToPng } from './charts/drawingToPng';
export type { ChartDrawing, ChartShape } from './charts/ChartDrawing';
export { reportChartsFrom } from './reportChartsFrom';
