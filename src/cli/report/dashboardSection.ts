import type { CalculationResult, IndicatorResult } from '../../engine';
import type { ReportSection } from './ReportSection';
import { TextColumn, textTable } from './textTable';

const COLUMNS: ReadonlyArray<TextColumn> = [
  { header: 'Outcome', maxWidth: 28 },
  { header: 'Overall' },
  { header: 'Indicator', maxWidth: 48 },
  { header: 'Previous', maxWidth: 22, align: 'right' },
  { header: 'Current', maxWidth: 22, align: 'right' },
  { header: 'Change %', align: 'right' },
  { header: 'Dir' },
  { header: 'RAG' },
  { header: 'NN' },
  { header: 'County', maxWidth: 14 },
  { header: 'District', maxWidth: 30 },
];

/** "+9.32%" for 0.0932; blank when there is no change to show. */
export function formatChange(change: number | undefined): string {
  if (change === undefined || !Number.isFinite(change)) return '';
  const text = `${(change * 100).toFixed(2)}%`;
  return change > 0 ? `+${text}` : text;
}

function row(indicator: IndicatorResult, firstOfOutcome: boolean): string[] {
  return [
    firstOfOutcome ? indicator.outcome : '',
    firstOfOutcome ? (indicator.overallRag ?? '') : '',
    indicator.indicator,
    indicator.previous.display,
    indicator.current.display,
    formatChange(indicator.changePercent),
    indicator.direction ?? '',
    indicator.rag ?? '',
    indicator.nearestNeighbour ?? '',
    indicator.countyComparison ?? '',
    indicator.districtComparison ?? '',
  ];
}

/** The Indicators dashboard as the board reads it: one row per indicator, the outcome on its first row. */
export function dashboardSection(result: CalculationResult): ReportSection | undefined {
  if (result.indicators.length === 0) return undefined;
  const rows = result.indicators.map((indicator, i) => row(indicator, i === 0 || result.indicators[i - 1].outcome !== indicator.outcome));
  return { title: `Dashboard (${result.indicators.length} indicators)`, lines: textTable(COLUMNS, rows) };
}
