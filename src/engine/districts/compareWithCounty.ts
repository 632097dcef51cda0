import type { Polarity } from '../indicators/Polarity';
import type { ConfidenceInterval } from '../stats/ConfidenceInterval';

export type CountyComparisonWord = 'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower';

/**
 * A district against the county value, as Fingertips compares an area with its benchmark: the
 * district's interval wholly above or wholly below the county value is significant, else `Similar`.
 * Low is good: wholly below → `Better`, wholly above → `Worse`; High is good the other way round;
 * No judgement and In range (no better side against a single value) → `Higher` / `Lower`.
 * Undefined without an interval: a figure typed without its count is not compared.
 */
export function compareWithCounty(
  interval: ConfidenceInterval | undefined,
  county: number,
  polarity: Polarity,
): CountyComparisonWord | undefined {
  if (interval === undefined || !Number.isFinite(county)) return undefined;
  const side = interval.lower > county ? 'above' : interval.upper < county ? 'below' : 'overlaps';
  if (side === 'overlaps') return 'Similar';
  switch (polarity) {
    case 'Low is good': return side === 'below' ? 'Better' : 'Worse';
    case 'High is good': return side === 'above' ? 'Better' : 'Worse';
    default: return side === 'above' ? 'Higher' : 'Lower';
  }
}
