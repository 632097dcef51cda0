/** Which figure ranks first: the lowest (Low is good) or the highest (High is good, or no judgement). */
export type RankOrder = 'lowest first' | 'highest first';

/** A figure rounded to 12 significant figures: the precision at which two figures tie. */
const tieKey = (v: number) => Number(v.toPrecision(12));

/**
 * True when `a` ranks strictly ahead of `b` once both are rounded to 12 significant figures.
 * Rounding is monotonic, so figures further apart than any rounding step compare as they are;
 * toPrecision (about a microsecond a call) is only needed for figures within a rounding step.
 */
function isAhead(a: number, b: number, lowestFirst: boolean): boolean {
  if (a === b) return false;
  if (Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9) {
    const ka = tieKey(a);
    const kb = tieKey(b);
    return lowestFirst ? ka < kb : ka > kb;
  }
  return lowestFirst ? a < b : a > b;
}

/**
 * Competition ranks ("1224"): 1 = first in `order`; equal figures share the better rank and the next
 * rank skips. Figures equal to 12 significant figures count as equal, so float noise from rates
 * calculated two ways never splits a tie. Undefined entries (no figure) get no rank and do not count.
 */
export function rankByPolarity(values: ReadonlyArray<number | undefined>, order: RankOrder): Array<number | undefined> {
  const lowestFirst = order === 'lowest first';
  const ranks: Array<number | undefined> = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const mine = values[i];
    if (mine === undefined || !Number.isFinite(mine)) {
      ranks[i] = undefined;
      continue;
    }
    let ahead = 0;
    for (let j = 0; j < values.length; j++) {
      const other = values[j];
      if (other !== undefined && Number.isFinite(other) && isAhead(other, mine, lowestFirst)) ahead++;
    }
    ranks[i] = ahead + 1;
  }
  return ranks;
}
