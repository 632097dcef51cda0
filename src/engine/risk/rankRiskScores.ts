// Scores this close are equal for ranking (float residue from means), e.g. 12 × 13.333… and 160.
const SAME_SCORE = 1e-9;

/**
 * Competition ranks, 1 = highest score; tied scores share the better rank and the next rank skips
 * (1, 2, 2, 4). Undefined scores (NO DATA, not scored) stay unranked. Runs in O(n log n).
 */
export function rankRiskScores(scores: ReadonlyArray<number | undefined>): Array<number | undefined> {
  // The scores alone, sorted natively (a comparator sort dominated large sheets). Equal scores always
  // share a rank, so which of them comes first does not matter and no indices need sorting.
  let count = 0;
  for (const score of scores) if (score !== undefined) count++;
  const sorted = new Float64Array(count);
  count = 0;
  for (const score of scores) if (score !== undefined) sorted[count++] = score;
  sorted.sort();

  // Highest first: a score within SAME_SCORE of the next higher one takes its rank.
  const rankOf = new Map<number, number>();
  let previous = 0;
  let previousRank = 0;
  for (let position = 0; position < count; position++) {
    const score = sorted[count - 1 - position];
    const tied = position > 0 && previous - score <= SAME_SCORE * Math.max(1, Math.abs(score));
    const rank = tied ? previousRank : position + 1;
    if (!rankOf.has(score)) rankOf.set(score, rank);
    previous = score;
    previousRank = rank;
  }
  const ranks = new Array<number | undefined>(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    ranks[i] = score === undefined ? undefined : rankOf.get(score);
  }
  return ranks;
}
