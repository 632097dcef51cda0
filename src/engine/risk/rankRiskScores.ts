// Scores this close are equal for ranking (float residue from means), e.g. 12 × 13.333… and 160.
const SAME_SCORE = 1e-9;

/**
 * Competition ranks, 1 = highest score; tied scores share the better rank and the next rank skips
 * (1, 2, 2, 4). Undefined scores (NO DATA, not scored) stay unranked. Runs in O(n log n).
 */
export function rankRiskScores(scores: ReadonlyArray<number | undefined>): Array<number | undefined> {
  const ranks: Array<number | undefined> = scores.map(() => undefined);
  const order = scores
    .map((score, index) => ({ score, index }))
    .filter((entry): entry is { score: number; index: number } => entry.score !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && previous.score - entry.score <= SAME_SCORE * Math.max(1, Math.abs(entry.score));
    ranks[entry.index] = tied ? ranks[previous.index] : position + 1;
  });
  return ranks;
}
