import type { CalculationResult } from '../../engine';
import type { ReportSection } from './ReportSection';
import { TextColumn, textTable } from './textTable';

const COLUMNS: ReadonlyArray<TextColumn> = [
  { header: 'Indicator', maxWidth: 48 },
  { header: 'Home area', maxWidth: 20 },
  { header: 'Nearest Neighbour', align: 'right' },
  { header: 'County Comparison' },
  { header: 'Note', maxWidth: 60 },
];

/** The Peers sheet: the home area's rank in its most similar group per indicator. */
export function peersSection(result: CalculationResult): ReportSection | undefined {
  const peers = result.peers ?? [];
  if (peers.length === 0) return undefined;
  const rows = peers.map((p) => [p.indicator, p.homeArea, p.nearestNeighbour ?? '', p.countyComparison ?? '', p.note ?? '']);
  return { title: `Nearest neighbours (${peers.length} indicator${peers.length === 1 ? '' : 's'})`, lines: textTable(COLUMNS, rows) };
}
