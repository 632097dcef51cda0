/**
 * Population standard deviation of the partners' harm scores: σ = √(Σ(xᵢ − x̄)² / n).
 *
 * Population, not sample (n − 1): the partners who scored a category are the whole scoring panel,
 * not a sample drawn from a larger one, so the question is how far these scores spread, not what a
 * wider population's spread might be. It also avoids inflating two-scorer spreads (two scores 3 apart
 * give σ = 1.5, where the sample formula would give 2.12).
 * `mean` is the harm score, the entries' mean. Returns 0 for fewer than two scores (no disagreement
 * is possible).
 */
export function harmSpread(harms: ReadonlyArray<{ readonly score: number }>, mean: number): number {
  const n = harms.length;
  if (n < 2) return 0;
  let squares = 0;
  for (const h of harms) squares += (h.score - mean) ** 2;
  return Math.sqrt(squares / n);
}
