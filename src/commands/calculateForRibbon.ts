import { type CalculationResult, listText } from '../engine';
import { runCalculation } from '../hosts/runCalculation';
import type { WorkbookPort } from '../hosts/WorkbookPort';

/** Document setting where the ribbon command leaves its LastRun, saved with the workbook; the task pane shows it. */
export const LAST_RUN_SETTING = 'saferDashboard.lastRibbonRun';

/** What the ribbon command leaves behind for the reviewer. */
export interface LastRun {
  readonly at: string;
  readonly ok: boolean;
  readonly message: string;
}

/**
 * One line for the outcome of a calculation: "Calculated 12 indicators: 0 errors, 3 warnings.", or
 * with the time it took, "Calculated 12 indicators in 172 ms: 0 errors, 3 warnings." (the pane's
 * status line, which screen readers announce).
 */
export function describeRun(result: CalculationResult, elapsed?: string): string {
  const { indicators, errors, warnings } = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const took = elapsed === undefined ? '' : ` in ${elapsed}`;
  return `Calculated ${whatWasCalculated(result, plural)}${took}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

/** "12 indicators"; without an Indicators sheet, the sheets calculated ("the Risk Matrix sheet"), not "0 indicators". */
function whatWasCalculated(result: CalculationResult, plural: (n: number, word: string) => string): string {
  if (result.summary.indicators > 0) return plural(result.summary.indicators, 'indicator');
  const names = result.sheets.filter((s) => s.kind !== 'settings').map((s) => s.name);
  if (names.length === 0) return plural(0, 'indicator');
  return `the ${listText(names)} ${names.length === 1 ? 'sheet' : 'sheets'}`;
}

/** Calculates through `port` and says how it went; never throws. */
export async function calculateForRibbon(port: WorkbookPort, now: () => Date = () => new Date()): Promise<LastRun> {
  try {
    const result = await runCalculation(port);
    return { at: now().toISOString(), ok: true, message: describeRun(result) };
  } catch (error) {
    return { at: now().toISOString(), ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
