import type { IndicatorResult } from '../CalculationResult';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodKey } from '../values/periodKey';
import { periodPosition } from '../values/periodPosition';

/**
 * Of one indicator's groups (one per period, in sheet order), the one that feeds its Indicators row:
 * the group whose period is the indicator's current period there. When the current period is dated
 * and no group holds it, a group dated another year is never taken: only a group whose label names
 * no year can still be it, else there is none (undefined, and the caller says so: periodMissingFinding).
 * Without a current period, the latest period by its label (periodPosition), since sheets are as
 * often newest first as oldest first. Labels that name no year count only when none does: then the
 * last period on the sheet (a group without a period only when every group is without one).
 */
export function groupForPeriod<T>(groups: ReadonlyArray<T>, periodOf: (group: T) => string | undefined, currentPeriod: string | undefined): T | undefined {
  if (currentPeriod) {
    // "2016-17" on the Indicators sheet is "2016/17" here: the same period, however it is spelled.
    const wanted = periodKey(currentPeriod);
    const current = groups.find((g) => periodKey(periodOf(g) ?? '') === wanted);
    if (current !== undefined) return current;
    if (isDated(currentPeriod)) return lastLabelled(groups.filter((g) => !isDated(periodOf(g))), periodOf);
  }
  let latest: T | undefined;
  let latestEnd = -Infinity;
  for (const group of groups) {
    const position = periodPosition(periodOf(group) ?? '');
    const end = position === undefined || position.withoutYear ? undefined : position.endMonth;
    // >= so that of two labels for the same period the later on the sheet wins, as before.
    if (end !== undefined && end >= latestEnd) {
      latest = group;
      latestEnd = end;
    }
  }
  return latest ?? lastLabelled(groups, periodOf);
}

/** True when the label names a period placed among years (`2016/17`, `Q1 2022/23`), not `Q3` or `This year`. */
function isDated(label: string | undefined): boolean {
  return periodKey(label ?? '').startsWith('dated ');
}

function lastLabelled<T>(groups: ReadonlyArray<T>, periodOf: (group: T) => string | undefined): T | undefined {
  const labelled = groups.filter((g) => (periodOf(g) ?? '') !== '');
  return labelled.length > 0 ? labelled[labelled.length - 1] : groups[groups.length - 1];
}

/** The Indicators rows by normalised indicator name (normaliseHeaderText); of two rows with one name, the last. */
export type IndicatorRows = ReadonlyMap<string, IndicatorResult>;

export function indicatorRowsOf(indicators: ReadonlyArray<IndicatorResult>): IndicatorRows {
  return new Map(indicators.map((i) => [normaliseHeaderText(i.indicator), i]));
}
