import { SpcRule, SpcRuleOptions, spcRules } from './spcRules';
import { XmrLimits, xmrLimits } from './xmrLimits';

export type SpcPolarity = 'low' | 'high' | 'none';

export type VariationClass =
  | 'special cause improving'
  | 'special cause concerning'
  | 'special cause neither'
  | 'common cause variation';

export interface LatestPointClassification {
  readonly variation: VariationClass;
  /** The rules that flag the latest point (empty for common cause). */
  readonly rules: readonly SpcRule[];
  /** Which way the special cause points: 'up' (higher values) or 'down'; absent for common cause. */
  readonly direction?: 'up' | 'down';
  /**
   * Which way the trend runs when the trend rule fires ('up': each point higher). It can differ from
   * `direction` when another rule also fires: points below the mean that are rising.
   */
  readonly trendDirection?: 'up' | 'down';
  readonly limits: XmrLimits;
}

/**
 * NHS "Making Data Count" variation icon for the latest point of a series.
 *
 * Method: XmR limits of the whole series (xmrLimits), special-cause rules (spcRules); if no rule flags the
 * latest point it is 'common cause variation'. Otherwise its direction is taken from the first rule that
 * fires in this order: beyond limit, two of three, run (all three: the side of the mean the point is
 * on), then trend (the trend's direction). The trend rule's own direction is also kept, as
 * trendDirection: points below the mean can be rising, and the Reason must say so. With polarity
 * 'high' (higher is better) an upward special cause is 'special cause improving' and a downward one
 * 'special cause concerning'; 'low' reverses this; 'none' gives 'special cause neither' (the grey
 * "no judgement" icon).
 *
 * Source: NHS England / NHS Improvement "Making Data Count: Strengthening your decisions" (2019),
 * variation icons (special cause of an improving / concerning nature, special cause with no judgement,
 * common cause); NHSRplotthedots ptd_calculate_point_type for the same mapping by improvement direction.
 *
 * @param values the series, oldest first.
 * @param polarity 'high' when higher is better, 'low' when lower is better, 'none' for no judgement.
 * @param options run and trend lengths (defaults 7 and 6 points).
 * @returns the classification with the limits used (check limits.reliable: below 12 points the result
 *   is provisional), or undefined with fewer than 2 values or a non-finite value.
 */
export function classifyLatestPoint(
  values: readonly number[],
  polarity: SpcPolarity,
  options: SpcRuleOptions = {},
): LatestPointClassification | undefined {
  const limits = xmrLimits(values);
  if (limits === undefined) return undefined;
  const flags = spcRules(values, limits, options)[values.length - 1];
  if (flags.rules.length === 0) return { variation: 'common cause variation', rules: [], limits };

  const sideRule = flags.rules.some((rule) => rule !== 'trend');
  const up = sideRule ? flags.side > 0 : flags.trendDirection === 'increasing';
  const direction = up ? 'up' : 'down';
  let variation: VariationClass = 'special cause neither';
  if (polarity !== 'none') {
    variation = up === (polarity === 'high') ? 'special cause improving' : 'special cause concerning';
  }
  if (flags.trendDirection === undefined) return { variation, rules: flags.rules, direction, limits };
  return { variation, rules: flags.rules, direction, trendDirection: flags.trendDirection === 'increasing' ? 'up' : 'down', limits };
}
