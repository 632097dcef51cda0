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
export function periodMismatchFindings(sheet: string, row: IndicatorRow, headerRow: number, periodColumns: { previous?: number; current?: number }, findings: Finding[] = []): Finding[] {
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    const column = periodColumns[figure.side];
    if (column === undefined || figure.periods.length < 2) continue;
    const typed = figure.periods.find((p) => { const at = parseCellAddress(p.cell); return at?.column === column && at.row !== headerRow; });
    if (!typed) continue;
    const header = figure.periods.find((p) => parseCellAddress(p.cell)?.row === headerRow);
    if (!header || samePeriodLabel(header.span.label, typed.span.label)) continue;
    findings.push(makeFinding('periodMismatch', { sheet, cell: typed.cell }, {
      side: figure.side, raw: typed.span.label, parsed: typed.span.label, expected: header.span.label,
    }));
  }
  return findings;
}
