import { Finding } from './findings/Finding';
import { WritePlan } from './output/WritePlan';

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
   * Footnote rows found under the Indicators table ("* estimated …"), as typed, in sheet order
   * (LocatedTable.footnotes). Carried under the Dashboard table and the board report.
   */
  readonly footnotes?: ReadonlyArray<TableFootnote>;
}

export interface TableFootnote {
  readonly sheet: string;
  readonly text: string;
}
