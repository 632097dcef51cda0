import type { CalculationResult, DistrictGroupResult, DistrictRowResult } from '../../engine';
import type { ReportSection } from './ReportSection';
import { TextColumn, textTable } from './textTable';

const COLUMNS: ReadonlyArray<TextColumn> = [
  { header: 'Indicator', maxWidth: 40 },
  { header: 'Period' },
  { header: 'District', maxWidth: 26 },
  { header: 'Rate', align: 'right' },
  { header: 'Interval', align: 'right' },
  { header: 'County', align: 'right' },
  { header: 'Compared' },
  { header: 'Rank', align: 'right' },
];

function figure(group: DistrictGroupResult, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return group.measure === 'Percentage' ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

function row(group: DistrictGroupResult, d: DistrictRowResult, first: boolean): string[] {
  const hidden = d.suppressed;
  return [
    first ? group.indicator : '',
    first ? (group.period ?? '') : '',
    d.district,
    hidden ? '*' : figure(group, d.rate),
    hidden || d.lower === undefined ? (hidden ? '*' : '') : `${figure(group, d.lower)}-${figure(group, d.upper)}`,
    first ? figure(group, group.countyRate) : '',
    d.compared ?? (d.notCalculated ? 'not calculated' : ''),
    d.rank === undefined ? '' : String(d.rank),
  ];
}

/** The Districts sheet: each district against the county, then the one-line summary per indicator. */
export function districtsSection(result: CalculationResult): ReportSection | undefined {
  const groups = result.districts ?? [];
  if (groups.length === 0) return undefined;
  const rows = groups.flatMap((g) => g.districts.map((d, i) => row(g, d, i === 0)));
  const summaries = groups.map((g) => `  ${g.indicator}${g.period ? ` (${g.period})` : ''}: ${g.summary}`);
  return { title: `Districts against the county (${groups.length} indicator${groups.length === 1 ? '' : 's'})`, lines: [...textTable(COLUMNS, rows), '', 'District Comparison:', ...summaries] };
}
