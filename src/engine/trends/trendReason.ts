import type { Polarity } from '../indicators/Polarity';
import type { Settings } from '../settings/Settings';
import type { RecentTrendResult } from '../stats/chiSquareLinearTrend';
import type { LatestPointClassification } from '../stats/classifyLatestPoint';
import { XMR_RELIABLE_POINTS } from '../stats/xmrLimits';
import type { SpcRule } from '../stats/spcRules';
import { formatNumber, toFixedText } from '../indicators/formatFigure';
import { formatMeasured } from '../districts/formatMeasured';
import type { FigureKind } from '../districts/measuredFigure';
import type { TrendPoint } from './TrendResult';

export interface TrendReasonInput {
  readonly points: ReadonlyArray<TrendPoint>;
  readonly classification?: LatestPointClassification;
  readonly recent?: RecentTrendResult;
  readonly recentTrend?: string;
  readonly polarity: Polarity;
  readonly kind: FigureKind;
  readonly settings: Pick<Settings, 'spcRunLength' | 'spcTrendLength' | 'smallNumberThreshold' | 'suppressBelow'>;
  readonly suppressed: boolean;
  readonly withCounts: boolean;
  /** True for a Count indicator: its points are the counts themselves, not rates. */
  readonly countsAreValues: boolean;
}

/** A rule's wording; the side rules are read from `direction` (they set it), the trend from its own direction. */
function ruleText(rule: SpcRule, settings: TrendReasonInput['settings'], c: LatestPointClassification): string {
  const above = c.direction === 'up';
  switch (rule) {
    case 'beyond limit': return `the latest point is ${above ? 'above the upper' : 'below the lower'} process limit`;
    case 'run': return `${settings.spcRunLength} or more points in a row are ${above ? 'above' : 'below'} the mean`;
    case 'trend': return `${settings.spcTrendLength} or more points in a row each ${c.trendDirection === 'up' ? 'rise' : 'fall'}`;
    case 'two of three': return `two of the last three points are ${above ? 'above the upper' : 'below the lower'} two-sigma line`;
  }
}

/**
 * When a side-of-the-mean rule and the trend rule point different ways (below the mean yet rising),
 * a sentence saying so: the Signal follows the side of the mean (classifyLatestPoint's order).
 */
function disagreement(c: LatestPointClassification, polarity: Polarity): string {
  if (c.trendDirection === undefined || c.trendDirection === c.direction) return '';
  const side = c.direction === 'up' ? 'above' : 'below';
  const trend = c.trendDirection === 'up' ? 'rising' : 'falling';
  if (polarity !== 'Low is good' && polarity !== 'High is good') {
    return ` The rules point different ways: the latest point is ${side} the mean but the points are ${trend}.`;
  }
  const sideGood = (c.direction === 'up') === (polarity === 'High is good');
  const judge = (good: boolean) => (good ? 'improving' : 'concerning');
  return ` The rules point different ways: the latest point is ${side} the mean (${judge(sideGood)}, as ${polarity.toLowerCase()}) `
    + `but the points are ${trend} (${judge(!sideGood)}); the Signal follows the side of the mean.`;
}

/**
 * The Reason on a series' last row: the points used, the SPC limits and the rule behind the signal
 * (or that none fired), the recent trend and its test, and the small-number and suppression notes.
 */
export function trendReason(input: TrendReasonInput): string {
  const { points, classification: c, settings } = input;
  const show = (v: number) => (input.withCounts && !input.countsAreValues ? formatMeasured(v, input.kind) : formatNumber(v, 2));
  const first = points[0];
  const last = points[points.length - 1];
  // Sentences joined with a space as they are made: one Reason per series, several sentences each.
  let text = input.suppressed
    ? `${points.length} points, ${first.label} to ${last.label}; figures not shown: some counts are below ${settings.suppressBelow} (Suppress below).`
    : `${points.length} points, ${first.label} to ${last.label}; latest ${show(last.value)}.`;
  if (c) {
    const limits = input.suppressed ? '' : ` (mean ${show(c.limits.mean)}, process limits ${show(c.limits.lowerProcessLimit)} to ${show(c.limits.upperProcessLimit)})`;
    let why = 'no special-cause rule fires on the latest point';
    for (let i = 0; i < c.rules.length; i++) why = i === 0 ? ruleText(c.rules[i], settings, c) : `${why}; ${ruleText(c.rules[i], settings, c)}`;
    text += ` SPC${limits}: ${why}.${disagreement(c, input.polarity)}`;
    if (!c.limits.reliable) text += ` Provisional: fewer than ${XMR_RELIABLE_POINTS} points.`;
  }
  if (!input.withCounts) {
    text += ' No recent trend: it needs counts with populations.';
  } else if (input.recent?.trend === 'Cannot be calculated') {
    text += ` No recent trend: ${input.recent.reason ?? 'it cannot be calculated'}.`;
  } else if (input.recent && input.recentTrend) {
    const chi = input.recent.statistic === undefined ? '' : ` (χ² = ${toFixedText(input.recent.statistic, 2)})`;
    const driven = input.recent.reason ? `, because ${input.recent.reason}` : '';
    text += ` Recent trend over the last five points, chi-square test for linear trend at 99.8%${chi}: ${input.recentTrend.toLowerCase()}${driven}.`;
  }
  let small = 0;
  for (const p of points) if (p.count !== undefined && p.count < settings.smallNumberThreshold) small++;
  if (small > 0) text += ` ${small} point(s) come from fewer than ${settings.smallNumberThreshold} events, so the series is unstable.`;
  return text;
}
