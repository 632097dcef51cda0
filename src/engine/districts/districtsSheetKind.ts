import type { IndicatorResult } from '../CalculationResult';
import type { IndicatorComparison, SheetKind } from '../sheets/SheetKind';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { calculateDistrictsSheet } from './calculateDistrictsSheet';
import { DISTRICT_COLUMNS, DISTRICT_REQUIRED_HEADERS, isDistrictHeader } from './districtColumns';
import type { DistrictGroupResult } from './DistrictResult';
import { currentPeriodsOf, groupForPeriod } from './groupForPeriod';
import { profilesFromContext } from './profilesFromContext';

/**
 * The District Comparison line for each indicator on the Indicators sheet: from the Districts group
 * whose period matches the indicator's current period, else its latest period (groupForPeriod).
 */
export function districtComparisons(groups: ReadonlyArray<DistrictGroupResult>, indicators: ReadonlyArray<IndicatorResult>): IndicatorComparison[] {
  const byIndicator = new Map<string, DistrictGroupResult[]>();
  let lastIndicator: string | undefined;
  let key = '';
  for (const g of groups) {
    // A sheet's groups come indicator by indicator: normalise each run's name once.
    if (g.indicator !== lastIndicator) {
      key = normaliseHeaderText(g.indicator);
      lastIndicator = g.indicator;
    }
    const list = byIndicator.get(key);
    if (list === undefined) byIndicator.set(key, [g]);
    else list.push(g);
  }
  const current = currentPeriodsOf(indicators);
  const comparisons: IndicatorComparison[] = [];
  for (const [key, list] of byIndicator) {
    const chosen = groupForPeriod(list, (g) => g.period, current.get(key))!;
    comparisons.push({ indicator: chosen.indicator, districtComparison: chosen.summary });
  }
  return comparisons;
}

/** The Districts sheet (contract §2). */
export const districtsSheetKind: SheetKind = {
  kind: 'districts',
  title: 'Districts',
  columns: DISTRICT_COLUMNS,
  requiredHeaders: DISTRICT_REQUIRED_HEADERS,
  isComplete: isDistrictHeader,
  nameHint: /district/i,
  calculate: (grid, table, context) => {
    const result = calculateDistrictsSheet(grid, table, context.settings, profilesFromContext(context));
    return {
      findings: result.findings,
      columns: result.columns,
      comparisons: districtComparisons(result.groups, context.indicators),
      districts: result.groups,
    };
  },
};
