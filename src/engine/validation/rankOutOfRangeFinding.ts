import type { Finding } from '../findings/Finding';
import { FindingLocation, makeFinding } from '../findings/catalogue';

const RANK = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/**
 * A rank typed as `k/n` (Nearest Neighbour Comparison) that cannot be: k above n, or k or n zero.
 * Other text ("Top", "-") is not a rank and passes. Shared by every sheet that carries such ranks.
 */
export function rankOutOfRangeFinding(at: FindingLocation, text: string, what = 'Nearest Neighbour rank'): Finding | undefined {
  const rank = impossibleRank(text);
  if (!rank) return undefined;
  return rankFinding(at, text, rank, what);
}

/** The rank and size of a `k/n` rank that cannot be; undefined for a possible rank or other text. */
export function impossibleRank(text: string): { rank: number; size: number } | undefined {
  if (!text.includes('/')) return undefined; // most comparison cells ("Top", "-") are not ranks at all
  const match = RANK.exec(text);
  if (!match) return undefined;
  const rank = Number(match[1]);
  const size = Number(match[2]);
  if (rank >= 1 && size >= 1 && rank <= size) return undefined;
  return { rank, size };
}

/** The finding for an impossible rank found by impossibleRank. */
export function rankFinding(at: FindingLocation, text: string, { rank, size }: { rank: number; size: number }, what = 'Nearest Neighbour rank'): Finding {
  return makeFinding('rankOutOfRange', at, { what, raw: text.trim(), rank, size, parsed: `rank ${rank} of ${size}`, expected: `k/n with k from 1 to ${Math.max(size, 1)}` });
}
