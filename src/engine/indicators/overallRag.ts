import type { Rag } from '../CalculationResult';
import type { Settings } from '../settings/Settings';

const SCORE: Readonly<Record<Rag, number>> = { R: 1, A: 2, G: 3 };

/** The mean of RAGs scored G = 3, A = 2, R = 1, as the `mean` roll-up takes it (before rounding). */
export function meanRagScore(rags: ReadonlyArray<Rag>): number {
  let sum = 0;
  for (const rag of rags) sum += SCORE[rag];
  return sum / rags.length;
}

const BY_SCORE: ReadonlyArray<Rag> = ['R', 'R', 'A', 'G'];

/**
 * An outcome's Overall Progress RAG from its indicators' RAGs (rows without a RAG are left out):
 * - mean: G = 3, A = 2, R = 1, the mean rounded half up (G, A → 2.5 → G);
 * - worst: the worst RAG;
 * - majority: the most frequent RAG; a tie goes to the worse of the tied (G, A → A), since a board
 *   should not be told an outcome is better than half its indicators say.
 * Undefined when no indicator has a RAG.
 */
export function overallRag(rags: ReadonlyArray<Rag | undefined>, method: Settings['overallRagMethod']): Rag | undefined {
  const given = rags.filter((r): r is Rag => r !== undefined);
  if (given.length === 0) return undefined;
  const scores = given.map((r) => SCORE[r]);
  switch (method) {
    case 'worst': {
      // A loop, not Math.min(...scores): an outcome may hold more indicators than a call takes arguments.
      let worst = scores[0];
      for (const s of scores) if (s < worst) worst = s;
      return BY_SCORE[worst];
    }
    case 'majority': {
      const counts = [0, 0, 0, 0];
      for (const s of scores) counts[s]++;
      const most = Math.max(...counts);
      return BY_SCORE[counts.findIndex((c) => c === most)];
    }
    default:
      return BY_SCORE[Math.floor(meanRagScore(given) + 0.5 + 1e-9)];
  }
}
