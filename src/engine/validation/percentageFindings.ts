import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import { formatPercent } from '../indicators/formatFigure';
import { isAboveHundredPercent, percentAboveHundredFinding } from './percentAboveHundredFinding';

/**
 * Impossible percentages on a Percentage row: a count above its base (the numerator cannot exceed
 * the denominator), or a figure above 100% (percentages are fractions, so 0.428 is 42.8% and 42.8 is 4,280%).
 */
export function percentageFindings(sheet: string, row: IndicatorRow, findings: Finding[] = []): Finding[] {
  if (row.measure !== 'Percentage') return findings;
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    if (figure.value === undefined || !isAboveHundredPercent(figure.value)) continue;
    if (figure.fromCounts && figure.count !== undefined && figure.denominator !== undefined) {
      findings.push(makeFinding('countAboveTotal', { sheet, cell: figure.countCell ?? figure.cell }, {
        raw: String(figure.count), total: String(figure.denominator), parsed: formatPercent(figure.value, 1), expected: `a count of at most ${figure.denominator}`,
      }));
    } else if (!figure.fromCounts) {
      findings.push(percentAboveHundredFinding({ sheet, cell: figure.cell }, `${figure.side} value`, { value: figure.value, raw: figure.display || String(figure.value), isPercent: figure.isPercent }));
    }
  }
  return findings;
}
