import { periodPosition } from '../values/periodPosition';

const NOUN_FOR_STEP: Readonly<Record<number, string>> = { 1: 'months', 3: 'quarters', 12: 'years' };

/**
 * The plural noun for a series' steps, from its labels (oldest first): "months" when every label is
 * one month after the one before, "quarters" for three months, "years" for twelve, and "periods"
 * otherwise, or when a label cannot be placed in time (see periodPosition). Labels without a year
 * (`Q1`, `Q2`; `Jun`, `Sep`) are measured within the year, so `Q4` to `Q1` is still a quarter. It is
 * the steps that count, not the label's form: `Jun 2022`, `Sep 2022`, `Dec 2022` are quarters.
 */
export function periodNounFor(labels: ReadonlyArray<string>): string {
  let step: number | undefined;
  for (let i = 1; i < labels.length; i++) {
    const before = periodPosition(labels[i - 1]);
    const after = periodPosition(labels[i]);
    if (before === undefined || after === undefined || before.withoutYear !== after.withoutYear) return 'periods';
    const months = before.withoutYear ? (after.endMonth - before.endMonth + 12) % 12 : after.endMonth - before.endMonth;
    if (step === undefined) step = months;
    else if (months !== step) return 'periods';
  }
  return step === undefined ? 'periods' : (NOUN_FOR_STEP[step] ?? 'periods');
}
