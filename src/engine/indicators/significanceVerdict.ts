import { isSignificantChange, type ChangeSignificance } from '../stats/isSignificantChange';
import { newcombeDifferenceInterval } from '../stats/newcombeDifferenceInterval';
import { rateRatioInterval } from '../stats/rateRatioInterval';
import { formatNumber } from './formatFigure';

export interface SignificanceInputs {
  readonly previousCount?: { readonly count: number; readonly denominator: number };
  readonly currentCount?: { readonly count: number; readonly denominator: number };
  readonly countKind?: 'rate' | 'proportion';
  readonly confidenceLevel: number;
}

export interface SignificanceVerdict {
  readonly verdict: ChangeSignificance;
  /** The interval in words, for the Reason: "rate ratio 1.09 (95% CI 1.07 to 1.11)". */
  readonly interval: string;
}

const level = (l: number) => `${Number((l * 100).toPrecision(6))}%`;

/**
 * Direction method = significance (issue 3 §4): with counts on both sides, whether the change is
 * statistically significant at the Settings confidence level — rates by the exact confidence interval
 * of the rate ratio (current / previous), proportions by Newcombe's interval for the difference
 * (current − previous); see stats/isSignificantChange. Undefined without counts on both sides, or
 * when no interval can be calculated (both counts 0): the caller falls back to the stable band.
 */
export function significanceVerdict(inputs: SignificanceInputs): SignificanceVerdict | undefined {
  const { previousCount: previous, currentCount: current, countKind } = inputs;
  if (!previous || !current || !countKind) return undefined;
  const verdict = isSignificantChange(countKind, previous, current, inputs.confidenceLevel);
  if (verdict === undefined) return undefined;
  if (countKind === 'rate') {
    const ci = rateRatioInterval(current.count, current.denominator, previous.count, previous.denominator, inputs.confidenceLevel)!;
    const show = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'infinity');
    return { verdict, interval: `rate ratio ${show(ci.value)} (${level(ci.level)} CI ${show(ci.lower)} to ${show(ci.upper)})` };
  }
  const ci = newcombeDifferenceInterval(current.count, current.denominator, previous.count, previous.denominator, inputs.confidenceLevel)!;
  const points = (v: number) => `${v >= 0 ? '+' : ''}${formatNumber(v * 100, 1)}`;
  return { verdict, interval: `difference ${points(ci.value)} percentage points (${level(ci.level)} CI ${points(ci.lower)} to ${points(ci.upper)})` };
}
