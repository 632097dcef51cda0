/**
 * Whether `rounded`, the figure shown for `value`, lands on `bound` (or passes it) while `value` is
 * not on it: shown beside the bound it would read as on the wrong side of the verdict, e.g. 15.03%
 * shown as "15%" beside "Beyond the 15% red threshold". Anything within a billionth of the bound is on it.
 */
export function roundsOntoBound(value: number, rounded: number, bound: number): boolean {
  const near = 1e-9 * Math.max(1, Math.abs(bound));
  const valueSide = sideOf(value, bound, near);
  return valueSide !== 0 && sideOf(rounded, bound, near) !== valueSide;
}

function sideOf(x: number, bound: number, near: number): number {
  return Math.abs(x - bound) <= near ? 0 : x < bound ? -1 : 1;
}
