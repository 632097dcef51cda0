import type { Finding } from '../findings/Finding';
import type { IndicatorComparison, SheetContext, SheetKind } from '../sheets/SheetKind';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { calculateDistrictsSheet } from './calculateDistrictsSheet';
import { DISTRICT_COLUMNS, DISTRICT_REQUIRED_HEADERS, isDistrictHeader } from './districtColumns';
import type { DistrictGroupResult } from './DistrictResult';
import { groupForPeriod, indicatorRowsOf } from './groupForPeriod';
import { periodMissingFinding } from './periodMissingFinding';
import { profilesFromContext } from './profilesFromContext';

/**
 * The District Comparison line for each indicator on the Indicators sheet: from the Districts group
 * whose period matches the indicator's current period, else its latest period (groupForPeriod). When
 * the Indicators row names a period the sheet does not have, no line, and a finding on that row (D010).
 */
export function districtComparisons(
  groups: ReadonlyArray<DistrictGroupResult>,
  context: SheetContext,
): { comparisons: IndicatorComparison[]; findings: Finding[] } {
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
  const rows = indicatorRowsOf(context.indicators);
  const comparisons: IndicatorComparison[] = [];
  const findings: Finding[] = [];
  for (const [key, list] of byIndicator) {
    const row = rows.get(key);
    const chosen = groupForPeriod(list, (g) => g.period, row?.current.period);
    if (chosen === undefined) {
      findings.push(periodMissingFinding('districtPeriodMissing', list[0].sheet, row!, list.map((g) => g.period), context.comparisonCells));
      continue;
    }
    comparisons.push({ indicator: chosen.indicator, districtComparison: chosen.summary });
  }
  return { comparisons, findings };
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
    const fed = districtComparisons(result.groups, context);
    return {
      findings: [...result.findings, ...fed.findings],
      columns: result.columns,
      comparisons: fed.comparisons,
      districts: result.groups,
    };
  },
};
