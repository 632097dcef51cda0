import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { parseCellAddress } from '../grid/address';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import { samePeriodLabel } from './samePeriodLabel';

/**
 * A Previous/Current period cell that names another period than its figure column's header
 * ("Current Year (2016-17)" above a period cell saying "2015-16"): a warning, since the header is
 * what the board reads. Checked only when both say a period.
 */
export function periodMismatchFindings(sheet: string, row: IndicatorRow, headerRow: number, periodColumns: { previous?: number; current?: number }): Finding[] {
  const findings: Finding[] = [];
  for (const figure of [row.previous, row.current]) {
    const column = periodColumns[figure.side];
    if (column === undefined) continue;
    const at = (cell: string) => parseCellAddress(cell);
    const header = figure.periods.find((p) => at(p.cell)?.row === headerRow);
    const typed = figure.periods.find((p) => at(p.cell)?.column === column && at(p.cell)?.row !== headerRow);
    if (!header || !typed || samePeriodLabel(header.span.label, typed.span.label)) continue;
    findings.push(makeFinding('periodMismatch', { sheet, cell: typed.cell }, {
      side: figure.side, raw: typed.span.label, parsed: typed.span.label, expected: header.span.label,
    }));
  }
  return findings;
}
