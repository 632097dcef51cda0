import type { Finding } from '../findings/Finding';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt } from '../grid/CellGrid';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import type { Settings } from '../settings/Settings';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { negativeFigureFindings } from './negativeFigureFindings';
import { percentageFindings } from './percentageFindings';
import { periodMismatchFindings } from './periodMismatchFindings';
import { rankOutOfRangeFinding } from './rankOutOfRangeFinding';
import { smallCountFindings } from './smallCountFindings';
import { textCellErrorFindings } from './textCellErrorFindings';
import { unitSlipFinding } from './unitSlipFinding';

const TEXT_COLUMNS = [
  { key: 'outcome', what: 'outcome' },
  { key: 'indicator', what: 'indicator name' },
  { key: 'previousPeriod', what: 'previous period' },
  { key: 'currentPeriod', what: 'current period' },
] as const;

/**
 * The checks on one read Indicators row beyond reading its cells (issue 5): unit slips, impossible
 * percentages and negative figures, an impossible typed Nearest Neighbour rank, a period cell that
 * contradicts its header, Excel errors in text columns, and small counts. Errors among them block
 * the row's scoring like any reading error.
 */
export function indicatorRowFindings(grid: SheetGrid, table: LocatedTable, row: IndicatorRow, settings: Settings): Finding[] {
  const sheet = grid.name;
  const column = (key: string) => table.columns.get(key)?.[0]?.column;
  const findings: Finding[] = [];
  // A plain loop, not flatMap: this runs once per row and flatMap showed in the bench profile.
  const textColumns: { column: number; what: string }[] = [];
  for (const { key, what } of TEXT_COLUMNS) {
    const c = column(key);
    if (c !== undefined) textColumns.push({ column: c, what });
  }
  findings.push(...textCellErrorFindings(grid, row.row, textColumns));
  const slip = unitSlipFinding(sheet, row);
  if (slip) findings.push(slip);
  else findings.push(...percentageFindings(sheet, row));
  findings.push(...negativeFigureFindings(sheet, row));
  const nn = column('nearestNeighbour');
  if (nn !== undefined) {
    const rank = rankOutOfRangeFinding({ sheet, cell: cellAddress(row.row, nn) }, cellText(cellAt(grid, row.row, nn)));
    if (rank) findings.push(rank);
  }
  findings.push(...periodMismatchFindings(sheet, row, table.headerRow, { previous: column('previousPeriod'), current: column('currentPeriod') }));
  findings.push(...smallCountFindings(sheet, row, settings.smallNumberThreshold));
  return findings;
}
