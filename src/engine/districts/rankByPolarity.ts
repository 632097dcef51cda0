/** Which figure ranks first: the lowest (Low is good) or the highest (High is good, or no judgement). */
export type RankOrder = 'lowest first' | 'highest first';

/**
 * Competition ranks ("1224"): 1 = first in `order`; equal figures share the better rank and the next
 * rank skips. Figures equal to 12 significant figures count as equal, so float noise from rates
 * calculated two ways never splits a tie. Undefined entries (no figure) get no rank and do not count.
 */
export function rankByPolarity(values: ReadonlyArray<number | undefined>, order: RankOrder): Array<number | undefined> {
  const key = (v: number) => Number(v.toPrecision(12));
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).map(key);
  return values.map((v) => {
    if (v === undefined || !Number.isFinite(v)) return undefined;
    const mine = key(v);
    const ahead = present.filter((other) => (order === 'lowest first' ? other < mine : other > mine)).length;
    return ahead + 1;
  });
}
