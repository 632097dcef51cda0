import type { Direction } from '../CalculationResult';
import type { Settings } from '../settings/Settings';
import type { Polarity } from './Polarity';
import type { ValueRange } from './parseRangeText';
import { significanceVerdict } from './significanceVerdict';

/** Everything a direction method may use for one row. */
export interface DirectionInputs {
  readonly previous: number;
  readonly current: number;
  /** (current − previous) / |previous|; ±Infinity when the previous figure is 0 and the current is not. */
  readonly relativeChange: number;
  readonly polarity: Polarity;
  readonly range?: ValueRange;
  readonly tolerance: number;
  /** Counts behind each figure, when the figures are rates or proportions from counts. */
  readonly previousCount?: { readonly count: number; readonly denominator: number };
  readonly currentCount?: { readonly count: number; readonly denominator: number };
  /** 'rate' or 'proportion' when the figures come from counts. */
  readonly countKind?: 'rate' | 'proportion';
  /** True when both figures are counts with no population or base (a Count measure). */
  readonly countsWithoutBase?: boolean;
  readonly confidenceLevel: number;
}

/** The direction given, and how it was decided. */
export interface DirectionDecision {
  /** Undefined for No judgement beyond the stable band, or In range without a range. */
  readonly direction?: Direction;
  /** True when the change is within the stable band (or not significant). */
  readonly stable: boolean;
  /** Which way performance moved, before polarity is known to say improving: 'better' | 'worse'. */
  readonly movement?: 'better' | 'worse';
  readonly method: 'tolerance' | 'significance';
  /** Said in the Reason when the method asked for could not be used. */
  readonly fallbackNote?: string;
  /** Significance method: the interval that decided, e.g. "rate ratio 1.093 (95% CI 1.077 to 1.110)". */
  readonly significance?: string;
}

/** Decides direction from the two figures; undefined means "cannot decide this way, fall back". */
export type DirectionDecider = (inputs: DirectionInputs) => DirectionDecision | undefined;

/** The four decisions a method can reach from a movement alone, made once and shared (never modified). */
function decisionsFor(method: DirectionDecision['method']): ReadonlyArray<DirectionDecision> {
  return [
    Object.freeze({ direction: '→', stable: true, method }),
    Object.freeze({ direction: '↑', stable: false, movement: 'better', method }),
    Object.freeze({ direction: '↓', stable: false, movement: 'worse', method }),
    Object.freeze({ stable: false, method }),
    // Beyond the band but no nearer to or further from the middle of the range: stable, so →.
    Object.freeze({ direction: '→', stable: false, method }),
  ];
}

const MOVEMENT_DECISIONS: Readonly<Record<DirectionDecision['method'], ReadonlyArray<DirectionDecision>>> = {
  tolerance: decisionsFor('tolerance'),
  significance: decisionsFor('significance'),
};

function fromMovement(movement: Movement | undefined, stable: boolean, method: DirectionDecision['method']): DirectionDecision {
  return MOVEMENT_DECISIONS[method][stable ? 0 : movement === 'better' ? 1 : movement === 'worse' ? 2 : movement === 'same' ? 4 : 3];
}

/** 'same': an In range figure as far from the middle of its range as before. */
type Movement = 'better' | 'worse' | 'same';

/** Which way the figure moved, for the polarity; undefined when the polarity makes no judgement. */
export function movementFor(inputs: Pick<DirectionInputs, 'previous' | 'current' | 'polarity' | 'range'>): Movement | undefined {
  const { previous, current, polarity, range } = inputs;
  if (current === previous) return undefined;
  switch (polarity) {
    case 'Low is good': return current < previous ? 'better' : 'worse';
    case 'High is good': return current > previous ? 'better' : 'worse';
    case 'In range': {
      if (!range) return undefined;
      const middle = (range.low + range.high) / 2;
      const before = Math.abs(previous - middle);
      const after = Math.abs(current - middle);
      // 30% and 38% are both 4 points from 34%, though doubles leave a residue in the last bit.
      if (Math.abs(after - before) <= 1e-12 * Math.max(1, Math.abs(previous), Math.abs(current))) return 'same';
      return after < before ? 'better' : 'worse';
    }
    default: return undefined;
  }
}

/** Contract §8a: within ± tolerance → `→`; otherwise `↑` in the good direction for the polarity, `↓` in the bad. */
export const toleranceDirection: DirectionDecider = (inputs) => {
  const stable = Math.abs(inputs.relativeChange) <= inputs.tolerance + 1e-12;
  return fromMovement(movementFor(inputs), stable, 'tolerance');
};

/**
 * Direction method = significance (issue 3 §4): with counts on both sides, `↑` / `↓` by the polarity
 * only when the change is statistically significant (rate ratio interval for rates, Newcombe's
 * interval for proportions; see significanceVerdict), else `→` — within what chance would give.
 * Undefined without counts on both sides, so the row falls back to the stable band and says so.
 */
export const significanceDirection: DirectionDecider = (inputs) => {
  const decided = significanceVerdict(inputs);
  if (!decided) return undefined;
  const stable = decided.verdict === 'no significant change';
  return { ...fromMovement(movementFor(inputs), stable, 'significance'), significance: decided.interval };
};

const DECIDERS: Readonly<Record<Settings['directionMethod'], DirectionDecider>> = {
  tolerance: toleranceDirection,
  significance: significanceDirection,
};

/** The direction by the method in Settings, falling back to tolerance (and saying so) when it cannot decide. */
export function decideDirection(method: Settings['directionMethod'], inputs: DirectionInputs): DirectionDecision {
  const decided = DECIDERS[method](inputs);
  if (decided) return decided;
  return {
    ...toleranceDirection(inputs)!,
    fallbackNote: fallbackNote(inputs),
  };
}

/** Why the significance method could not decide, said in the Reason. */
function fallbackNote(inputs: DirectionInputs): string {
  if (inputs.previousCount && inputs.currentCount) return 'No confidence interval can be calculated from these counts (both are zero), so the stable band was used.';
  if (inputs.countsWithoutBase) return 'Counts without a population or base give no confidence interval, so the stable band was used.';
  return 'The significance method needs counts on both sides; without them the stable band was used.';
}
