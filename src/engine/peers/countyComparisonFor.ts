/** The words of County Comparison, best fifth first (contract §1, issue 3 §3). */
export const COUNTY_COMPARISON_WORDS = ['Top', 'Above Average', 'Average', 'Below Average', 'Bottom'] as const;

export type CountyComparison = (typeof COUNTY_COMPARISON_WORDS)[number];

/**
 * The fifth of the group a rank falls in: q = ceil(5k/n), 1 `Top` … 5 `Bottom` (k = 1 is best, of n
 * areas). So 4/9 → ceil(2.22) = 3 `Average`, 2/9 → 2 `Above Average`, 6/9 → 4 `Below Average`.
 * Undefined when k is not a whole number from 1 to n.
 */
export function countyComparisonFor(rank: number, of: number): CountyComparison | undefined {
  if (!Number.isInteger(rank) || !Number.isInteger(of) || rank < 1 || rank > of) return undefined;
  // Rounded first so 5k/n that is whole in exact arithmetic is never nudged up a fifth by float error.
  const q = Math.ceil(Number(((5 * rank) / of).toPrecision(12)));
  return COUNTY_COMPARISON_WORDS[q - 1];
}
