import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { memoise } from '../memo/memoise';

/** What an indicator's figures are (contract §1). */
export const MEASURES = [
  'Rate per 1,000', 'Rate per 10,000', 'Rate per 100,000', 'Percentage', 'Count', 'Ratio', 'Score',
] as const;

export type Measure = (typeof MEASURES)[number];

/** Multiplier applied to count / denominator; 1 for fractions (Percentage, Ratio, Score). */
export function measureMultiplier(measure: Measure): number {
  switch (measure) {
    case 'Rate per 1,000': return 1_000;
    case 'Rate per 10,000': return 10_000;
    case 'Rate per 100,000': return 100_000;
    default: return 1;
  }
}

export function isRate(measure: Measure): boolean {
  return measure.startsWith('Rate');
}

/** Reads a measure as typed: "rate per 1000", "per 100,000", "%", "percent". Undefined when unknown. */
export const parseMeasure: (text: string) => Measure | undefined = memoise((text: string) => readMeasure(text), 1_000);

function readMeasure(text: string): Measure | undefined {
  const t = normaliseHeaderText(text).replace(/,/g, '');
  const rate = /^(?:rate )?per (1000|10000|100000)(?: population)?$/.exec(t);
  if (rate) return ({ '1000': 'Rate per 1,000', '10000': 'Rate per 10,000', '100000': 'Rate per 100,000' } as const)[rate[1] as '1000'];
  if (t === 'rate') return 'Rate per 1,000';
  if (t === 'percentage' || t === 'percent' || t === '%' || t === 'proportion') return 'Percentage';
  if (t === 'count' || t === 'number') return 'Count';
  if (t === 'ratio') return 'Ratio';
  if (t === 'score') return 'Score';
  return undefined;
}

const RATE_IN_NAME = /per\s+(1,?000|10,?000|100,?000)\b/i;
const RATE_BY_DIGITS: Readonly<Record<string, Measure>> = {
  '1000': 'Rate per 1,000', '1,000': 'Rate per 1,000',
  '10000': 'Rate per 10,000', '10,000': 'Rate per 10,000',
  '100000': 'Rate per 100,000', '100,000': 'Rate per 100,000',
};

/** A measure named inside an indicator's name, e.g. "Total Crime rate (per 1,000 population)". */
export function measureFromName(indicator: string): Measure | undefined {
  const match = RATE_IN_NAME.exec(indicator);
  return match ? RATE_BY_DIGITS[match[1]] : undefined;
}
