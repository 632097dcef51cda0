import type { CalculationResult } from '../engine';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
/** The command could not run: a usage error, or a file could not be read or written. */
export const EXIT_FILE = 2;

/** 0 when clean (warnings allowed), 1 when any finding is an error. */
export function exitCodeFor(result: CalculationResult): number {
  return result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_CLEAN;
}
