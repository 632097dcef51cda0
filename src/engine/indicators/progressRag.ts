import type { Direction, Rag } from '../CalculationResult';
import type { Polarity } from './Polarity';
import type { ValueRange } from './parseRangeText';

export type RagDecision =
  | { readonly basis: 'target'; readonly rag: Rag; readonly target: number; readonly met: boolean; readonly miss: number }
  | { readonly basis: 'range'; readonly rag: Rag; readonly range: ValueRange; readonly inside: boolean }
  | { readonly basis: 'direction'; readonly rag: Rag; readonly direction: Direction; readonly change: number }
  | { readonly basis: 'none'; readonly why: 'no-judgement' | 'no-range' };

export interface RagInputs {
  readonly current: number;
  readonly polarity: Polarity;
  readonly direction?: Direction;
  /** Relative change of the compared figures (may be ±Infinity from a zero previous figure). */
  readonly relativeChange: number;
  readonly target?: number;
  readonly range?: ValueRange;
  readonly tolerance: number;
  readonly redThreshold: number;
}

const EPSILON = 1e-12;

/**
 * Progress RAG (contract §8a). With a target (Low/High is good): G met, A missed by no more than the
 * tolerance (relative to the target), R otherwise. In range with a range: G inside, A outside by no
 * more than the tolerance (relative to the nearer bound), R beyond. Otherwise from the direction:
 * ↑ G, → A, ↓ A while the deterioration is within the red threshold, R beyond. No judgement (and
 * In range without a range) gets no colour.
 */
export function progressRag(inputs: RagInputs): RagDecision {
  const { current, polarity, target, range, tolerance } = inputs;
  if (polarity === 'No judgement') return { basis: 'none', why: 'no-judgement' };
  if (target !== undefined && (polarity === 'Low is good' || polarity === 'High is good')) {
    const met = polarity === 'Low is good' ? current <= target : current >= target;
    const miss = met ? 0 : target === 0 ? Infinity : Math.abs(current - target) / Math.abs(target);
    return { basis: 'target', rag: met ? 'G' : miss <= tolerance + EPSILON ? 'A' : 'R', target, met, miss };
  }
  if (polarity === 'In range') {
    if (!range) return { basis: 'none', why: 'no-range' };
    const inside = current >= range.low - EPSILON && current <= range.high + EPSILON;
    if (inside) return { basis: 'range', rag: 'G', range, inside };
    const bound = current < range.low ? range.low : range.high;
    const near = Math.abs(current - bound) <= tolerance * Math.abs(bound) + EPSILON;
    return { basis: 'range', rag: near ? 'A' : 'R', range, inside };
  }
  const direction = inputs.direction ?? '→';
  const change = inputs.relativeChange;
  const rag: Rag = direction === '↑' ? 'G' : direction === '→' ? 'A' : Math.abs(change) <= inputs.redThreshold + EPSILON ? 'A' : 'R';
  return { basis: 'direction', rag, direction, change };
}
