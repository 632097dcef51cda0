import type { Finding } from '../findings/Finding';
import type { PeriodSpan } from '../values/ParsedValue';
import type { Measure } from './Measure';
import type { Polarity } from './Polarity';
import type { ValueRange } from './parseRangeText';

export type Side = 'previous' | 'current';

/** Where a figure's period came from, most specific first: the value's note, the period column, the header. */
export interface PeriodSource {
  readonly span: PeriodSpan;
  /** A1 address of the cell that says it. */
  readonly cell: string;
  /** True for the period a figure column's header carries, shared by every row of the column. */
  readonly fromHeader?: boolean;
}

export interface FootnoteMark {
  readonly mark: string;
  readonly cell: string;
  readonly raw: string;
}

/** One side of an indicator row, as read. */
export interface SideFigure {
  readonly side: Side;
  /** The figure compared: count / denominator × multiplier when counts are given, else the value. */
  readonly value?: number;
  readonly fromCounts: boolean;
  /** True when the figure is a percentage (typed with %, formatted as %, or a Percentage measure). */
  readonly isPercent: boolean;
  /** The value cell as published, for display. */
  readonly display: string;
  /** A1 address of the value cell (or the count cell when there is no value column). */
  readonly cell: string;
  readonly count?: number;
  readonly denominator?: number;
  /** A1 addresses of the count and denominator cells, when the sheet has those columns. */
  readonly countCell?: string;
  readonly denominatorCell?: string;
  readonly periods: ReadonlyArray<PeriodSource>;
  readonly footnotes: ReadonlyArray<FootnoteMark>;
  /** The number in the value cell, when it holds one (beside counts it may differ from `value`). */
  readonly typedValue?: number;
}

/** One Indicators row, read and checked, ready to score. */
export interface IndicatorRow {
  readonly row: number;
  readonly outcome: string;
  readonly indicator: string;
  readonly measure?: Measure;
  readonly polarity: Polarity;
  /** False when no polarity was given anywhere (treated as No judgement). */
  readonly polarityGiven: boolean;
  readonly target?: number;
  readonly range?: ValueRange;
  /** Stable band for this row (its Tolerance cell, else Settings). */
  readonly tolerance: number;
  readonly previous: SideFigure;
  readonly current: SideFigure;
  readonly findings: ReadonlyArray<Finding>;
  /** True when an error finding stops this row being scored. */
  readonly blocked: boolean;
}
