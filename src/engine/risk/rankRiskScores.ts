// Scores this close are equal for ranking (float residue from means), e.g. 12 × 13.333… and 160.
const SAME_SCORE = 1e-9;

/**
 * Competition ranks, 1 = highest score; tied scores share the better rank and the next rank skips
 * (1, 2, 2, 4). Undefined scores (NO DATA, not scored) stay unranked. Runs in O(n log n).
 */
export function rankRiskScores(scores: ReadonlyArray<number | undefined>): Array<number | undefined> {
  const ranks: Array<number | undefined> = new Array<number | undefined>(scores.length).fill(undefined);
  const order: number[] = [];
  scores.forEach((score, index) => {
    if (score !== undefined) order.push(index);
  });
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  for (let position = 0; position < order.length; position++) {
    const index = order[position];
    const score = scores[index] as number;
    const previous = position > 0 ? order[position - 1] : undefined;
    const tied = previous !== undefined && (scores[previous] as number) - score <= SAME_SCORE * Math.max(1, Math.abs(score));
    ranks[index] = tied && previous !== undefined ? ranks[previous] : position + 1;
  }
  return ranks;
}
