import type { Polarity } from '../indicators/Polarity';
import type { Settings } from '../settings/Settings';
import type { RecentTrendResult } from '../stats/chiSquareLinearTrend';
import type { LatestPointClassification } from '../stats/classifyLatestPoint';
import { XMR_RELIABLE_POINTS } from '../stats/xmrLimits';
import type { SpcRule } from '../stats/spcRules';
import { formatNumber } from '../indicators/formatFigure';
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
}

function ruleText(rule: SpcRule, settings: TrendReasonInput['settings'], c: LatestPointClassification): string {
  switch (rule) {
    case 'beyond limit': return 'the latest point is beyond a process limit';
    case 'run': return `${settings.spcRunLength} or more points in a row are on one side of the mean`;
    case 'trend': return `${settings.spcTrendLength} or more points in a row each ${c.direction === 'up' ? 'rise' : 'fall'}`;
    case 'two of three': return 'two of the last three points are beyond the two-sigma line';
  }
}

/**
 * The Reason on a series' last row: the points used, the SPC limits and the rule behind the signal
 * (or that none fired), the recent trend and its test, and the small-number and suppression notes.
 */
export function trendReason(input: TrendReasonInput): string {
  const { points, classification: c, settings } = input;
  const show = (v: number) => (input.withCounts ? formatMeasured(v, input.kind) : formatNumber(v, 2));
  const first = points[0];
  const last = points[points.length - 1];
  const parts: string[] = [];
  if (input.suppressed) {
    parts.push(`${points.length} points, ${first.label} to ${last.label}; figures not shown: some counts are below ${settings.suppressBelow} (Suppress below).`);
  } else {
    parts.push(`${points.length} points, ${first.label} to ${last.label}; latest ${show(last.value)}.`);
  }
  if (c) {
    const limits = input.suppressed ? '' : ` (mean ${show(c.limits.mean)}, process limits ${show(c.limits.lowerProcessLimit)} to ${show(c.limits.upperProcessLimit)})`;
    const why = c.rules.length === 0
      ? 'no special-cause rule fires on the latest point'
      : c.rules.map((r) => ruleText(r, settings, c)).join('; ');
    parts.push(`SPC${limits}: ${why}.`);
    if (!c.limits.reliable) parts.push(`Provisional: fewer than ${XMR_RELIABLE_POINTS} points.`);
  }
  if (!input.withCounts) {
    parts.push('No recent trend: it needs counts with populations.');
  } else if (input.recent?.trend === 'Cannot be calculated') {
    parts.push(`No recent trend: ${input.recent.reason ?? 'it cannot be calculated'}.`);
  } else if (input.recent && input.recentTrend) {
    const chi = input.recent.statistic === undefined ? '' : ` (χ² = ${input.recent.statistic.toFixed(2)})`;
    const driven = input.recent.reason ? `, because ${input.recent.reason}` : '';
    parts.push(`Recent trend over the last five points, chi-square test for linear trend at 99.8%${chi}: ${input.recentTrend.toLowerCase()}${driven}.`);
  }
  const small = points.filter((p) => p.count !== undefined && p.count < settings.smallNumberThreshold).length;
  if (small > 0) parts.push(`${small} point(s) come from fewer than ${settings.smallNumberThreshold} events, so the series is unstable.`);
  return parts.join(' ');
}
