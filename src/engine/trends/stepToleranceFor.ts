const MONTHS_PER_STEP: Readonly<Record<string, number>> = { months: 1, quarters: 3, years: 12 };

/**
 * The band within which one step of a series counts as level, for the Trend sentence: the Stable
 * tolerance applies to a year's change (as on the Indicators sheet), so a step of a shorter period
 * gets its share of it — a quarter-on-quarter step of a rolling 12-month series 5% × 3/12 = 1.25%,
 * a month 5%/12. Steps of unknown length get the whole tolerance.
 */
export function stepToleranceFor(periodNoun: string, stableTolerance: number): number {
  return stableTolerance * ((MONTHS_PER_STEP[periodNoun] ?? 12) / 12);
}
