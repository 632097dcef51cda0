/** Which figure ranks first: the lowest (Low is good) or the highest (High is good, or no judgement). */
export type RankOrder = 'lowest first' | 'highest first';

/** A figure rounded to 12 significant figures: the precision at which two figures tie. */
const tieKey = (v: number) => Number(v.toPrecision(12));

/**
 * Competition ranks ("1224"): 1 = first in `order`; equal figures share the better rank and the next
 * rank skips. Figures equal to 12 significant figures count as equal, so float noise from rates
 * calculated two ways never splits a tie. Undefined entries (no figure) get no rank and do not count.
 * Sorted once, so a sheet of thousands of districts or areas ranks in n log n, not n².
 */
export function rankByPolarity(values: ReadonlyArray<number | undefined>, order: RankOrder): Array<number | undefined> {
  const keys = values.map((v) => (v !== undefined && Number.isFinite(v) ? tieKey(v) : undefined));
  const sorted = keys.filter((k): k is number => k !== undefined).sort(order === 'lowest first' ? (a, b) => a - b : (a, b) => b - a);
  // A Map treats 0 and -0 as one key, as the tie they are.
  const rankOf = new Map<number, number>();
  sorted.forEach((key, i) => {
    if (!rankOf.has(key)) rankOf.set(key, i + 1);
  });
  return keys.map((key) => (key === undefined ? undefined : rankOf.get(key)));
}
