/** Which figure ranks first: the lowest (Low is good) or the highest (High is good, or no judgement). */
export type RankOrder = 'lowest first' | 'highest first';

/** A figure rounded to 12 significant figures: the precision at which two figures tie. */
const tieKey = (v: number) => Number(v.toPrecision(12));

/** Up to this many figures, comparing every pair is quicker than rounding each one to sort them. */
const PAIRWISE_UP_TO = 64;

/**
 * Competition ranks ("1224"): 1 = first in `order`; equal figures share the better rank and the next
 * rank skips. Figures equal to 12 significant figures count as equal, so float noise from rates
 * calculated two ways never splits a tie. Undefined entries (no figure) get no rank and do not count.
 * A county's handful of districts are compared pair by pair; a sheet of thousands of areas is
 * sorted once, n log n rather than n². Both give the same ranks.
 */
export function rankByPolarity(values: ReadonlyArray<number | undefined>, order: RankOrder): Array<number | undefined> {
  return values.length <= PAIRWISE_UP_TO ? rankPairwise(values, order === 'lowest first') : rankBySorting(values, order === 'lowest first');
}

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

function rankPairwise(values: ReadonlyArray<number | undefined>, lowestFirst: boolean): Array<number | undefined> {
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

function rankBySorting(values: ReadonlyArray<number | undefined>, lowestFirst: boolean): Array<number | undefined> {
  const keys = values.map((v) => (v !== undefined && Number.isFinite(v) ? tieKey(v) : undefined));
  const sorted = keys.filter((k): k is number => k !== undefined).sort(lowestFirst ? (a, b) => a - b : (a, b) => b - a);
  // A Map treats 0 and -0 as one key, as the tie they are.
  const rankOf = new Map<number, number>();
  sorted.forEach((key, i) => {
    if (!rankOf.has(key)) rankOf.set(key, i + 1);
  });
  return keys.map((key) => (key === undefined ? undefined : rankOf.get(key)));
}
