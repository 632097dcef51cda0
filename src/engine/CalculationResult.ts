import { Finding } from './findings/Finding';
import { WritePlan } from './output/WritePlan';
import type { Settings } from './settings/Settings';
import type { DistrictGroupResult } from './districts/DistrictResult';
import type { PeerRankResult } from './peers/PeerResult';
import type { TrendSeriesResult } from './trends/TrendResult';
import type { RiskResult } from './risk/RiskResult';

export type SheetKindName = 'indicators' | 'districts' | 'peers' | 'trends' | 'risk' | 'settings';

export interface RecognisedSheet {
  readonly name: string;
  readonly kind: SheetKindName;
  /** 0-based row of the header. */
  readonly headerRow: number;
  readonly firstRow: number;
  /** One past the last data row. */
  readonly endRow: number;
}

/** ↑ improving, → stable, ↓ deteriorating (performance, not value). */
export type Direction = '↑' | '→' | '↓';
export type Rag = 'G' | 'A' | 'R';

/** A figure as published and as read. */
export interface FigureResult {
  /** The cell as published, e.g. "83 (April -Dec2016)". */
  readonly display: string;
  /** The compared number (a rate when counts are given; fractions for percentages). */
  readonly value?: number;
  readonly period?: string;
}

/** One row of the Indicators sheet after calculation: what the Dashboard, report and CLI show. */
export interface IndicatorResult {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly outcome: string;
  readonly indicator: string;
  readonly measure: string;
  readonly polarity: string;
  readonly previous: FigureResult;
  readonly current: FigureResult;
  readonly previousRate?: number;
  readonly currentRate?: number;
  /** Relative change as a fraction: 0.0932 for +9.32%. */
  readonly changePercent?: number;
  readonly direction?: Direction;
  readonly rag?: Rag;
  readonly overallRag?: Rag;
  readonly nearestNeighbour?: string;
  readonly countyComparison?: string;
  readonly districtComparison?: string;
  readonly reason: string;
  /** True when the two figures are not like-for-like and were not scored. */
  readonly notLikeForLike: boolean;
  /** True when an error finding on the row blocked its calculation (no Change %, arrow or colour). */
  readonly blocked?: boolean;
  /** Footnote marks carried by either figure ("*", "**"). */
  readonly footnotes: ReadonlyArray<string>;
}

export interface OutcomeResult {
  readonly outcome: string;
  readonly overallRag?: Rag;
  readonly indicatorCount: number;
}

export interface CalculationSummary {
  readonly indicators: number;
  readonly outcomes: number;
  readonly errors: number;
  readonly warnings: number;
}

export type CalculationStep = 'reading' | 'validating' | 'calculating' | 'writing' | 'done';

export interface CalculateOptions {
  /** Also build the Validation sheet listing every finding (only on request). */
  readonly writeValidationSheet?: boolean;
  /** Called as the engine moves between steps. */
  readonly onProgress?: (step: CalculationStep) => void;
}

export interface CalculationResult {
  readonly sheets: ReadonlyArray<RecognisedSheet>;
  readonly indicators: ReadonlyArray<IndicatorResult>;
  readonly outcomes: ReadonlyArray<OutcomeResult>;
  readonly findings: ReadonlyArray<Finding>;
  readonly plan: WritePlan;
  readonly summary: CalculationSummary;
  /**
   * Footnote rows found under the Indicators tables ("* estimated …") and the Risk Matrix, as typed,
   * in sheet order, each with its sheet. Carried under the Dashboard's table and risk hierarchy, and
   * the board report's.
   */
  readonly footnotes?: ReadonlyArray<TableFootnote>;
  /** Risk Matrix rows (contract §5) in sheet order, with rating and rank; absent when there is no such sheet. */
  readonly risk?: ReadonlyArray<RiskResult>;
  /** The settings the calculation used: the Settings sheet's values, defaults for the rest. */
  readonly settings?: Settings;
  /**
   * Districts sheets: one entry per indicator and period, each district's rate, interval, comparison
   * and rank, with the county rate (feeds the district bar charts: districts[].district/rate, countyRate).
   */
  readonly districts?: ReadonlyArray<DistrictGroupResult>;
  /** Peers sheets: the home area's rank `k/n` and County Comparison per indicator. */
  readonly peers?: ReadonlyArray<PeerRankResult>;
  /** Trends sheets: each indicator's series oldest first (points[].label/value) with Trend, Signal, Recent trend. */
  readonly trends?: ReadonlyArray<TrendSeriesResult>;
}

export interface TableFootnote {
  readonly sheet: string;
  readonly text: string;
}
