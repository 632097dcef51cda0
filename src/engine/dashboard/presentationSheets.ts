import type { CalculationResult } from '../CalculationResult';
import { OWNED_SHEET_MARK_CELL } from '../output/ownedSheetMark';
import { buildChartsSheet } from '../charts/buildChartsSheet';
import type { ChartSpec, OutputCell, OwnedSheet } from '../output/WritePlan';
import { DASHBOARD_SHEET_NAME, type DashboardLayout, layOutDashboardSheet } from './buildDashboardSheet';
import { chartsInputFrom } from './chartsInputFrom';
import { hierarchyRiskRows } from './buildRiskHierarchy';
import { groupInteger } from '../indicators/formatFigure';

/**
 * A board table longer than this is not read by anyone, and each row costs Excel formatting
 * commands (a 100,000-row Dashboard would take dozens of syncs), so beyond it the sheet says so
 * instead. Seed 002's table has 12 indicators and its risk matrix 10 categories.
 */
export const DASHBOARD_MAX_ROWS = 1_000;

const count = (n: number, one: string, many: string) => `${groupInteger(n)} ${n === 1 ? one : many}`;

function noteSheet(title: string, note: string): OwnedSheet {
  return { name: DASHBOARD_SHEET_NAME, rows: [[{ value: title, bold: true }], [OWNED_SHEET_MARK_CELL], [], [{ value: note, italic: true }]], merges: [], columnWidths: [120] };
}

function dashboardSheet(result: CalculationResult): DashboardLayout {
  const indicators = result.indicators.length;
  if (indicators > DASHBOARD_MAX_ROWS) {
    return noteLayout(
      'Safer Communities Performance Dashboard',
      `This workbook has ${count(indicators, 'indicator', 'indicators')}, more than the ${count(DASHBOARD_MAX_ROWS, 'row', 'rows')} a board table can show, so the Dashboard is not drawn: the results are on the Indicators sheet, and safer-dashboard report writes the full table.`,
    );
  }
  let rated = 0;
  for (const r of hierarchyRiskRows(result)) if (r.rating !== undefined && !r.notScored) rated++;
  if (rated <= DASHBOARD_MAX_ROWS) return layOutDashboardSheet(result);
  const { sheet, rows, columns } = layOutDashboardSheet({ ...result, risk: undefined });
  const note: OutputCell = {
    value: `The Risk Matrix has ${count(rated, 'rated category', 'rated categories')}, more than the ${count(DASHBOARD_MAX_ROWS, 'row', 'rows')} a board table can show, so its ranked hierarchy is left off this sheet: the Risk rank column on the Risk Matrix sheet holds it.`,
    italic: true,
  };
  return { sheet: { ...sheet, rows: [...sheet.rows, [], [note]] }, rows, columns };
}

function noteLayout(title: string, note: string): DashboardLayout {
  return { sheet: noteSheet(title, note), rows: new Map(), columns: [] };
}

/**
 * The Dashboard sheet presentationSheets draws for this result, with what each of its rows shows
 * (Explain on a Dashboard cell); undefined when the result has no Indicators sheet, so no Dashboard.
 */
export function dashboardLayout(result: CalculationResult): DashboardLayout | undefined {
  return result.sheets.some((s) => s.kind === 'indicators') ? dashboardSheet(result) : undefined;
}

/**
 * The sheets the board reads, built from a finished calculation: the Dashboard sheet whenever an
 * Indicators sheet was recognised (titled with the reporting period, the key phrased with the
 * settings used, the risk hierarchy below), and the Charts sheet with its native charts when there
 * are districts, trends or risk scores to draw.
 */
export function presentationSheets(result: CalculationResult): { ownedSheets: OwnedSheet[]; charts: ChartSpec[] } {
  const ownedSheets: OwnedSheet[] = [];
  const dashboard = dashboardLayout(result);
  if (dashboard) ownedSheets.push(dashboard.sheet);
  const charts = buildChartsSheet(chartsInputFrom(result));
  if (charts) ownedSheets.push(charts.sheet);
  return { ownedSheets, charts: charts ? [...charts.charts] : [] };
}
