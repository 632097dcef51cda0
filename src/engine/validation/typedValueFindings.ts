import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { formatFigure } from '../indicators/formatFigure';
import type { IndicatorRow } from '../indicators/IndicatorRow';

/** The digits after the decimal point of the number a value cell starts with ("47.21" → 2, "41%" → 0). */
const LEADING_DECIMALS = /^\s*[-+−]?[\d,]*(?:\.(\d+))?/;

/** Half a unit in the last place shown, 0 to 6 places, with room for the doubles' own rounding. */
const HALF_UNIT = [0, 1, 2, 3, 4, 5, 6].map((places) => 0.5 * 10 ** -places * (1 + 1e-9));

/**
 * A value typed beside counts that the counts do not give, compared at the precision it was typed
 * (47.21 beside 32,287 / 683,900 × 1,000 = 47.2101… agrees; 50 does not). The figures are compared
 * from the counts, so the board would read one number and be rated on another: a warning names it.
 */
export function typedValueFindings(sheet: string, row: IndicatorRow, findings: Finding[] = []): Finding[] {
  for (let side = 0; side < 2; side++) {
    const f = side === 0 ? row.previous : row.current;
    const typed = f.typedValue;
    if (!f.fromCounts || f.value === undefined || typed === undefined || f.count === undefined) continue;
    // Compared as shown: "41%" to whole percentage points, "47.21" to two places. A value shown to
    // d places agrees when the counts' figure rounds to it: within half a unit of the last place.
    // A percentage may be typed as 41 rather than 41% or 0.41: then it is on the percent scale.
    const decimals = Math.min(6, LEADING_DECIMALS.exec(f.display)?.[1]?.length ?? 0);
    const percentPoints = f.isPercent && !f.display.includes('%') && Math.abs(typed) > 1;
    const typedFigure = percentPoints ? typed / 100 : typed;
    const scale = percentPoints || f.display.includes('%') ? 100 : 1;
    if (Math.abs(typedFigure - f.value) * scale <= HALF_UNIT[decimals]) continue;
    const calculated = formatFigure(f.value, f.isPercent ? 'percent' : row.measure === 'Count' ? 'plain' : 'rate');
    const from = f.denominator === undefined ? `the count ${f.count}` : `${f.count} / ${f.denominator}`;
    findings.push(makeFinding('typedValueDisagreesWithCounts', { sheet, cell: f.cell }, {
      side: f.side, raw: f.display, from, calculated, parsed: calculated, expected: calculated,
    }));
  }
  return findings;
}
