import type { SheetGrid, WritePlan } from '../../src/engine';
import type { WorkbookPort } from '../../src/hosts/WorkbookPort';

/** Seed 002's total crime row (47.21 → 51.61, low is good) on an Indicators sheet of its own. */
export const ONE_INDICATOR: SheetGrid[] = [
  {
    name: 'Indicators',
    values: [
      ['Indicator', 'Previous value', 'Current value', 'Polarity'],
      ['Total Crime rate (per 1,000 population)', 47.21, 51.61, 'Low is good'],
    ],
  },
];

/** A workbook port that reads ONE_INDICATOR and writes with `write`. */
export function portWith(write: (plan: WritePlan) => Promise<void>): WorkbookPort {
  return { readSheets: async () => ONE_INDICATOR, write };
}
