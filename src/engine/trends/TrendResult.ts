import type { Polarity } from '../indicators/Polarity';
import type { RecentTrend } from '../stats/chiSquareLinearTrend';
import type { SpcRule } from '../stats/spcRules';
import type { VariationClass } from '../stats/classifyLatestPoint';

export interface TrendPoint {
  readonly row: number;
  readonly label: string;
  readonly value: number;
  readonly count?: number;
  readonly population?: number;
}

/** One indicator's series on the Trends sheet after calculation. */
export interface TrendSeriesResult {
  readonly sheet: string;
  readonly indicator: string;
  readonly polarity: Polarity;
  /** The value axis of a chart: the measure, e.g. "Rate per 1,000", or "Value". */
  readonly unit: string;
  /** The points with a figure, oldest first. */
  readonly points: ReadonlyArray<TrendPoint>;
  /** The sheet row the outputs are written on: the series' last row. */
  readonly lastRow: number;
  /** Plain-English trajectory (describeTrajectory). */
  readonly trend?: string;
  /** "Special cause improving", "Special cause concerning", "Special cause (no judgement)" or "Common cause variation". */
  readonly signal?: string;
  readonly variation?: VariationClass;
  readonly rules: ReadonlyArray<SpcRule>;
  /** True below 12 points: the SPC limits are provisional. */
  readonly provisional: boolean;
  /** "Increasing (getting worse)" etc.; absent without counts and populations for the last five points. */
  readonly recentTrend?: string;
  readonly recentTrendVerdict?: RecentTrend;
  readonly suppressed: boolean;
  readonly reason: string;
}
