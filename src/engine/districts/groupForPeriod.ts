import type { IndicatorResult } from '../CalculationResult';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodKey } from '../values/periodKey';
import { periodPosition } from '../values/periodPosition';

/**
 * Of one indicator's groups (one per period, in sheet order), the one that feeds its Indicators row:
 * the group whose period is the indicator's current period there, else the latest period by its label
 * (periodPosition), since sheets are as often newest first as oldest first. Labels that name no year
 * count only when none does: then the last period on the sheet (a group without a period only when
 * every group is without one).
 */
export function groupForPeriod<T>(groups: ReadonlyArray<T>, periodOf: (group: T) => string | undefined, currentPeriod: string | undefined): T | undefined {
  if (currentPeriod) {
    // "2016-17" on the Indicators sheet is "2016/17" here: the same period, however it is spelled.
    const wanted = periodKey(currentPeriod);
    const current = groups.find((g) => periodKey(periodOf(g) ?? '') === wanted);
    if (current !== undefined) return current;
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
  if (latest !== undefined) return latest;
  const labelled = groups.filter((g) => (periodOf(g) ?? '') !== '');
  return labelled.length > 0 ? labelled[labelled.length - 1] : groups[groups.length - 1];
}

/** Each indicator's current period on the Indicators sheet, by its normalised name (normaliseHeaderText). */
export type CurrentPeriods = ReadonlyMap<string, string | undefined>;

export function currentPeriodsOf(indicators: ReadonlyArray<IndicatorResult>): CurrentPeriods {
  return new Map(indicators.map((i) => [normaliseHeaderText(i.indicator), i.current.period]));
}
