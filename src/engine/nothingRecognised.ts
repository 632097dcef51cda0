import type { CalculationResult } from './CalculationResult';

/** True when the engine recognised no data sheet at all (a Settings sheet alone calculates nothing). */
export function nothingRecognised(result: CalculationResult): boolean {
  return !result.sheets.some((s) => s.kind !== 'settings');
}

/** Why nothing was calculated, for every host to say the same: the command line, the pane and the ribbon. */
export const NOTHING_RECOGNISED =
  'no sheet has a recognisable header row (an Indicators sheet needs an "Indicator" column and a "Current value" column, or "Current count" with "Current denominator", within its first 20 rows)';
