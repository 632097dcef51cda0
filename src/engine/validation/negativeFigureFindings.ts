import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { IndicatorRow } from '../indicators/IndicatorRow';
import { isRate } from '../indicators/Measure';

/**
 * A negative figure typed for a Count or Rate indicator. Negative counts and populations in the
 * count columns are caught when the row is read (V004); percentages, ratios and scores may be
 * negative (a "% reduction" can be), so they pass.
 */
export function negativeFigureFindings(sheet: string, row: IndicatorRow, findings: Finding[] = []): Finding[] {
  const measure = row.measure;
  if (measure !== 'Count' && !(measure && isRate(measure))) return findings;
  for (let side = 0; side < 2; side++) {
    const f = side === 0 ? row.previous : row.current;
    if (f.fromCounts || f.value === undefined || f.value >= 0) continue;
    findings.push(makeFinding('negativeFigure', { sheet, cell: f.cell }, {
      what: `${f.side} value`, raw: f.display || String(f.value), measure: measure === 'Count' ? 'count' : 'rate', parsed: String(f.value), expected: 'zero or more',
    }));
  }
  return findings;
}
