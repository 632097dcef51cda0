type Step = 'up' | 'down' | 'level';

const RUN_WORD: Record<Step, string> = { up: 'Rising', down: 'Falling', level: 'Level' };
const AFTER_WORD: Record<Step, string> = { up: 'of increase', down: 'of decrease', level: 'of little change' };

/** What describeTrajectory says when it has nothing to describe. */
export const NO_TRAJECTORY = 'Not enough data for a trend';

/**
 * A plain-English sentence about the recent run of a series (oldest first), for the Trends sheet's
 * `Trend` column, e.g. "Rising for 3 quarters", "Falling for 2 quarters after 10 quarters of increase;
 * now levelling", "Level for 4 quarters after 2 quarters of decrease".
 *
 * Method (deterministic, no statistics; the SPC and recent-trend columns carry the significance):
 * 1. Each step Δᵢ = xᵢ − xᵢ₋₁ is 'level' when |Δᵢ| ≤ tolerance·|xᵢ₋₁| (when xᵢ₋₁ = 0, only Δᵢ = 0 is
 *    level), otherwise 'up' or 'down'.
 * 2. The latest run is the longest stretch of equal steps ending at the last step (L steps: "for L
 *    periods"); the run before it, if any, gives "after M periods of increase / decrease / little change".
 * 3. "; now levelling" is added to a rising or falling run of 2 or more steps whose last step is less than
 *    half the mean size of the run's earlier steps.
 * Periods count steps, so "for 3 quarters" means three consecutive quarter-on-quarter rises. The singular
 * drops a final "s" from periodNoun ("1 quarter").
 *
 * Source: no published method; the wording follows the 2022/23 board report (seed 003: "Vehicle offences
 * had steadily reduced over nine quarters but increased for the last three quarters", "steadily rising
 * over the last year although now showing the first signs of levelling off").
 *
 * @param values the series, oldest first, any units.
 * @param periodNoun plural name of the period, default 'quarters' ('years', 'months' …).
 * @param tolerance relative change treated as level, default 0.05 (5%), at least 0.
 * @returns the sentence; NO_TRAJECTORY with fewer than two values or any non-finite value.
 */
export function describeTrajectory(values: readonly number[], periodNoun = 'quarters', tolerance = 0.05): string {
  if (values.length < 2 || !values.every(Number.isFinite)) return NO_TRAJECTORY;
  const deltas = values.slice(1).map((v, i) => v - values[i]);
  const steps: Step[] = deltas.map((d, i) => classifyStep(d, values[i], Math.max(0, tolerance)));

  const last = steps.length - 1;
  let runStart = last;
  while (runStart > 0 && steps[runStart - 1] === steps[last]) runStart--;
  const runLength = last - runStart + 1;
  let sentence = `${RUN_WORD[steps[last]]} for ${periods(runLength, periodNoun)}`;

  if (runStart > 0) {
    const before = steps[runStart - 1];
    let beforeStart = runStart - 1;
    while (beforeStart > 0 && steps[beforeStart - 1] === before) beforeStart--;
    sentence += ` after ${periods(runStart - beforeStart, periodNoun)} ${AFTER_WORD[before]}`;
  }

  if (steps[last] !== 'level' && runLength >= 2) {
    const earlier = deltas.slice(runStart, last).map(Math.abs);
    const meanEarlier = earlier.reduce((a, b) => a + b, 0) / earlier.length;
    if (Math.abs(deltas[last]) < meanEarlier / 2) sentence += '; now levelling';
  }
  return sentence;
}

function classifyStep(delta: number, previous: number, tolerance: number): Step {
  const level = previous === 0 ? delta === 0 : Math.abs(delta) <= tolerance * Math.abs(previous);
  if (level) return 'level';
  return delta > 0 ? 'up' : 'down';
}

function periods(count: number, plural: string): string {
  const noun = count === 1 && plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return `${count} ${noun}`;
}
