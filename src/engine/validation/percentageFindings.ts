import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import { formatPercent } from '../indicators/formatFigure';

/**
 * Impossible percentages on a Percentage row: a count above its base (the numerator cannot exceed
 * the denominator), or a figure above 100% (percentages are fractions, so 0.428 is 42.8% and 42.8 is 4,280%).
 */
export function percentageFindings(sheet: string, row: IndicatorRow, findings: Finding[] = []): Finding[] {
  if (row.measure !== 'Percentage') return findings;
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    if (figure.value === undefined || figure.value <= 1 + 1e-12) continue;
    if (figure.fromCounts && figure.count !== undefined && figure.denominator !== undefined) {
      findings.push(makeFinding('countAboveTotal', { sheet, cell: figure.countCell ?? figure.cell }, {
        raw: String(figure.count), total: String(figure.denominator), parsed: formatPercent(figure.value, 1), expected: `a count of at most ${figure.denominator}`,
      }));
    } else if (!figure.fromCounts) {
      findings.push(makeFinding('percentAboveHundred', { sheet, cell: figure.cell }, {
        what: `${figure.side} value`, raw: figure.display || String(figure.value), parsed: formatPercent(figure.value, 1), expected: 'a percentage from 0% to 100%',
      }));
    }
  }
  return findings;
}
