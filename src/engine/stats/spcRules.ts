import { XmrLimits } from './xmrLimits';

/** The four NHS "Making Data Count" special-cause rules. */
export type SpcRule = 'beyond limit' | 'run' | 'trend' | 'two of three';

export interface SpcRuleOptions {
  /** Points in a row on one side of the mean that make a run (shift). NHS default 7. */
  readonly runLength?: number;
  /** Points in a row, each higher (or each lower) than the last, that make a trend. NHS default 6. */
  readonly trendLength?: number;
}

/** Which rules flag one point. */
export interface SpcPointFlags {
  readonly rules: readonly SpcRule[];
  /** +1 above the mean, −1 below, 0 on it. */
  readonly side: -1 | 0 | 1;
  /** Set when the point belongs to a trend. */
  readonly trendDirection?: 'increasing' | 'decreasing';
}

/**
 * Special-cause flags for every point of a series against its XmR limits.
 *
 * Rules (each flags every point taking part):
 * - beyond limit: xᵢ > upper process limit or xᵢ < lower process limit;
 * - run: runLength or more consecutive points all above, or all below, the mean (a point exactly on
 *   the mean breaks a run);
 * - trend: trendLength or more consecutive points each strictly higher (or each strictly lower) than the
 *   one before (an equal pair breaks a trend); trendLength counts points, so 6 means 5 rises;
 * - two of three: within any three consecutive points, two or more lie beyond the same 2σ line
 *   (x > x̄ + 2σ̂, or x < x̄ − 2σ̂); those points are flagged.
 *
 * Source: NHS England / NHS Improvement "Making Data Count: Strengthening your decisions" (2019), the
 * four special-cause rules (run of 7, trend of 6 with the NHS defaults); Western Electric Company (1956)
 * Statistical Quality Control Handbook, §1 rule 2 for "two out of three beyond 2σ on the same side".
 * NHSRplotthedots uses 7 for both run and trend; pass trendLength: 7 to match it.
 *
 * @param values the series, oldest first; @param limits xmrLimits(values) (or frozen baseline limits).
 * @param options run and trend lengths (points, at least 2).
 * @returns one SpcPointFlags per value, in the same order.
 */
export function spcRules(
  values: readonly number[],
  limits: XmrLimits,
  options: SpcRuleOptions = {},
): SpcPointFlags[] {
  const runLength = Math.max(2, options.runLength ?? 7);
  const trendLength = Math.max(2, options.trendLength ?? 6);
  const n = values.length;
  // One bit per rule and point; rules are listed in the order the passes below add them.
  const flags = new Uint8Array(n);
  const sides: Array<-1 | 0 | 1> = new Array(n);
  const trendDirection: Array<'increasing' | 'decreasing' | undefined> = new Array(n).fill(undefined);

  for (let i = 0; i < n; i++) {
    const v = values[i];
    sides[i] = Math.sign(v - limits.mean) as -1 | 0 | 1;
    if (v > limits.upperProcessLimit || v < limits.lowerProcessLimit) flags[i] |= BEYOND_LIMIT;
  }

  for (let a = 0; a < n; ) {
    let b = a;
    while (b + 1 < n && sides[b + 1] === sides[a]) b++;
    if (sides[a] !== 0 && b - a + 1 >= runLength) {
      for (let i = a; i <= b; i++) flags[i] |= RUN;
    }
    a = b + 1;
  }

  // Steps i = 1…n−1 compare point i with point i − 1; a stretch of equal steps a…b covers points a−1…b.
  for (let a = 1; a < n; ) {
    const step = Math.sign(values[a] - values[a - 1]);
    let b = a;
    while (b + 1 < n && Math.sign(values[b + 1] - values[b]) === step) b++;
    if (step !== 0 && b - a + 2 >= trendLength) {
      const direction = step > 0 ? 'increasing' : 'decreasing';
      for (let i = a - 1; i <= b; i++) {
        flags[i] |= TREND;
        trendDirection[i] = direction;
      }
    }
    a = b + 1;
  }

  for (let start = 0; start + 2 < n; start++) {
    let above = 0;
    let below = 0;
    for (let i = start; i < start + 3; i++) {
      if (values[i] > limits.upperTwoSigma) above++;
      if (values[i] < limits.lowerTwoSigma) below++;
    }
    for (let i = start; i < start + 3; i++) {
      if ((above >= 2 && values[i] > limits.upperTwoSigma) || (below >= 2 && values[i] < limits.lowerTwoSigma)) flags[i] |= TWO_OF_THREE;
    }
  }

  const points: SpcPointFlags[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rules = RULES_BY_FLAGS[flags[i]];
    const direction = trendDirection[i];
    points[i] = direction ? { rules: rules.slice(), side: sides[i], trendDirection: direction } : { rules: rules.slice(), side: sides[i] };
  }
  return points;
}

const BEYOND_LIMIT = 1;
const RUN = 2;
const TREND = 4;
const TWO_OF_THREE = 8;

/** The rules of each combination of flags, in rule order. */
const RULES_BY_FLAGS: ReadonlyArray<ReadonlyArray<SpcRule>> = Array.from({ length: 16 }, (_, bits) => {
  const rules: SpcRule[] = [];
  if (bits & BEYOND_LIMIT) rules.push('beyond limit');
  if (bits & RUN) rules.push('run');
  if (bits & TREND) rules.push('trend');
  if (bits & TWO_OF_THREE) rules.push('two of three');
  return rules;
});
