import type { CalculationResult } from '../../engine';
import type { ReportSection } from './ReportSection';
import { TextColumn, textTable } from './textTable';

const COLUMNS: ReadonlyArray<TextColumn> = [
  { header: 'Indicator', maxWidth: 40 },
  { header: 'Points', align: 'right' },
  { header: 'Latest', maxWidth: 22 },
  { header: 'Trend', maxWidth: 56 },
  { header: 'Signal' },
  { header: 'Recent trend' },
];

/** The Trends sheet: each series' trajectory, SPC signal and recent trend. */
export function trendsSection(result: CalculationResult): ReportSection | undefined {
  const series = result.trends ?? [];
  if (series.length === 0) return undefined;
  const rows = series.map((s) => {
    const last = s.points[s.points.length - 1];
    const latest = last === undefined ? '' : s.suppressed ? `${last.label}: *` : `${last.label}: ${Number(last.value.toFixed(2))}`;
    const signal = s.signal === undefined ? '' : `${s.signal}${s.provisional ? ' (provisional)' : ''}`;
    return [s.indicator, String(s.points.length), latest, s.trend ?? '', signal, s.recentTrend ?? ''];
  });
  return { title: `Trends (${series.length} series)`, lines: textTable(COLUMNS, rows) };
}
