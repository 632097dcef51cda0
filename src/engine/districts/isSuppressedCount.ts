/**
 * True when a count must be written as `*` for publication: Settings `Suppress below` N is on and
 * the count is from 1 to N − 1 (contract §6; 0 is not disclosive and stays).
 */
export function isSuppressedCount(count: number | undefined, suppressBelow: number | null): boolean {
  return suppressBelow !== null && count !== undefined && count >= 1 && count < suppressBelow;
}

/** What a suppressed figure is written as. */
export const SUPPRESSED = '*';
