import type { CalculationResult } from '../CalculationResult';
import { buildChartsSheet } from '../charts/buildChartsSheet';
import type { ChartSpec, OwnedSheet } from '../output/WritePlan';
import { buildDashboardSheet } from './buildDashboardSheet';
import { chartsInputFrom } from './chartsInputFrom';

/**
 * The sheets the board reads, built from a finished calculation: the Dashboard sheet whenever an
 * Indicators sheet was recognised (titled with the reporting period, the key phrased with the
 * settings used, the risk hierarchy below), and the Charts sheet with its native charts when there
 * are districts, trends or risk scores to draw.
 */
export function presentationSheets(result: CalculationResult): { ownedSheets: OwnedSheet[]; charts: ChartSpec[] } {
  const ownedSheets: OwnedSheet[] = [];
  if (result.sheets.some((s) => s.kind === 'indicators')) ownedSheets.push(buildDashboardSheet(result));
  const charts = buildChartsSheet(chartsInputFrom(result));
  if (charts) ownedSheets.push(charts.sheet);
  return { ownedSheets, charts: charts ? [...charts.charts] : [] };
}
