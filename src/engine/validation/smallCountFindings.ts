import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { IndicatorRow, SideFigure } from '../indicators/IndicatorRow';

/**
 * Counts below the Settings "Small number threshold" (default 10): a warning that rates and changes
 * from so few events are unstable (seed 002, para 19). Counts are the Count columns, or the figure
 * itself on a Count indicator.
 */
export function smallCountFindings(sheet: string, row: IndicatorRow, threshold: number, findings: Finding[] = []): Finding[] {
  for (let side = 0; side < 2; side++) {
    const figure = side === 0 ? row.previous : row.current;
    // The cheap test first: most counts are not small, and describing one builds an object and text.
    const count = figure.count !== undefined && figure.count >= 0 ? figure.count : figure.value;
    if (count === undefined || count >= threshold) continue;
    const small = smallCount(figure, row.measure === 'Count');
    if (!small || small.count >= threshold) continue;
    findings.push(makeFinding('smallCount', { sheet, cell: small.cell }, {
      what: small.what, raw: String(small.count), threshold, parsed: String(small.count), expected: `a count of ${threshold} or more for a stable rate`,
    }));
  }
  return findings;
}

function smallCount(figure: SideFigure, countMeasure: boolean): { count: number; cell: string; what: string } | undefined {
  if (figure.count !== undefined && figure.count >= 0) {
    return { count: figure.count, cell: figure.countCell ?? figure.cell, what: `${figure.side} count` };
  }
  if (countMeasure && !figure.fromCounts && figure.value !== undefined && figure.value >= 0) {
    return { count: figure.value, cell: figure.cell, what: `${figure.side} figure (a count)` };
  }
  return undefined;
}
