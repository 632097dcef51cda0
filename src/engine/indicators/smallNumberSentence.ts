import { isSuppressedCount } from '../districts/isSuppressedCount';
import type { Settings } from '../settings/Settings';
import type { SideFigure } from './IndicatorRow';

/**
 * Issue 3 §6 for the Indicators sheet's Reason: "Only 6 events in the current period: a rate from
 * fewer than 10 events is unstable." for figures from counts below Settings `Small number threshold`
 * (the count itself is left out when Suppress below hides it). Undefined when no count is small.
 */
export function smallNumberSentence(previous: SideFigure, current: SideFigure, settings: Pick<Settings, 'smallNumberThreshold' | 'suppressBelow'>): string | undefined {
  // The usual answer (no small count) without building the list.
  if (!isSmall(previous, settings.smallNumberThreshold) && !isSmall(current, settings.smallNumberThreshold)) return undefined;
  const small = [previous, current].filter((s) => isSmall(s, settings.smallNumberThreshold));
  const hidden = small.some((s) => isSuppressedCount(s.count, settings.suppressBelow));
  const which = small.length === 2 ? 'both periods' : `the ${small[0].side} period`;
  const what = small[0].isPercent ? 'a percentage' : 'a rate';
  const counts = hidden ? `Fewer than ${settings.smallNumberThreshold} events in ${which}` : `Only ${small.map((s) => s.count).join(' and ')} events in ${which}`;
  return `${counts}: ${what} from fewer than ${settings.smallNumberThreshold} events is unstable.`;
}

function isSmall(side: SideFigure, threshold: number): boolean {
  return side.fromCounts && side.denominator !== undefined && side.count !== undefined && side.count < threshold;
}

/** The figure as the Reason shows it: `*` when Suppress below hides its count. */
export function suppressedOr(side: SideFigure, shown: string, suppressBelow: number | null): string {
  return side.fromCounts && isSuppressedCount(side.count, suppressBelow) ? '*' : shown;
}

/** "Rate fell (5.00 → *)": the figures clause without the change, which would give a hidden figure back. */
export function suppressedFiguresClause(subject: string, previous: string, current: string, difference: number): string {
  const moved = difference > 0 ? 'rose' : difference < 0 ? 'fell' : 'unchanged';
  return `${subject} ${moved} (${previous} → ${current})`;
}
