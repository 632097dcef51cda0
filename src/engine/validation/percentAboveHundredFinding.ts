import type { Finding } from '../findings/Finding';
import { type FindingLocation, makeFinding } from '../findings/catalogue';
import { formatPercent } from '../indicators/formatFigure';

/** A Percentage indicator's figure as read: percentages are fractions, so 0.428 is 42.8% and 42.8 is 4,280%. */
export interface PercentFigure {
  readonly value: number;
  /** The cell as typed or shown. */
  readonly raw: string;
  /** True when typed with % or in a cell formatted as a percentage. */
  readonly isPercent: boolean;
}

/** True when a Percentage figure (a fraction) is above 100%, allowing for float error at exactly 1. */
export function isAboveHundredPercent(value: number): boolean {
  return value > 1 + 1e-12;
}

/**
 * V021 for a figure above 100%. Typed without % and not in a percentage-formatted cell, such a figure
 * is most likely percentage points (31.6 meant as 31.6%), and the message says so.
 */
export function percentAboveHundredFinding(at: FindingLocation, what: string, figure: PercentFigure): Finding {
  return makeFinding('percentAboveHundred', at, {
    what,
    raw: figure.raw,
    parsed: formatPercent(figure.value, 1),
    slip: figure.isPercent ? '' : ': it looks like percentage points typed without %',
    expected: 'a percentage from 0% to 100%',
  });
}
