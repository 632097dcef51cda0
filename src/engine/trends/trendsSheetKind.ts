import { profilesFromContext } from '../districts/profilesFromContext';
import type { SheetKind } from '../sheets/SheetKind';
import { calculateTrendsSheet } from './calculateTrendsSheet';
import { TREND_COLUMNS, TREND_REQUIRED_HEADERS, isTrendHeader } from './trendColumns';

/** The Trends sheet (contract §4). */
export const trendsSheetKind: SheetKind = {
  kind: 'trends',
  title: 'Trends',
  columns: TREND_COLUMNS,
  requiredHeaders: TREND_REQUIRED_HEADERS,
  isComplete: isTrendHeader,
  nameHint: /trend/i,
  calculate: (grid, table, context) => {
    const result = calculateTrendsSheet(grid, table, context.settings, profilesFromContext(context));
    return { findings: result.findings, columns: result.columns, trends: result.series };
  },
};
