import type { IndicatorResult, OutcomeResult, SheetKindName, TableFootnote } from '../CalculationResult';
import type { Finding } from '../findings/Finding';
import type { SheetGrid } from '../grid/CellGrid';
import type { ColumnWrite, OwnedSheet } from '../output/WritePlan';
import type { Settings } from '../settings/Settings';
import type { RiskResult } from '../risk/RiskResult';
import type { ColumnSpec, LocatedColumn, LocatedTable } from './locateTable';
import type { DistrictGroupResult } from '../districts/DistrictResult';
import type { PeerRankResult } from '../peers/PeerResult';
import type { TrendSeriesResult } from '../trends/TrendResult';

/** What the Peers and Districts sheets say about one indicator, for its Indicators row. */
export interface IndicatorComparison {
  /** The indicator's name as on the Indicators sheet (matched like a header). */
  readonly indicator: string;
  /** `k/n`, 1 = best. */
  readonly nearestNeighbour?: string;
  /** Top, Above Average, Average, Below Average, Bottom. */
  readonly countyComparison?: string;
  /** One line, e.g. `2 better, 4 similar, 1 worse (Charnwood)`. */
  readonly districtComparison?: string;
}

/** A comparison column of the Indicators sheet. */
export type ComparisonColumn = Exclude<keyof IndicatorComparison, 'indicator'>;

/**
 * Where a finding about an Indicators row's comparison goes: the row's cell in the first of `columns`
 * the sheet has, else its Indicator cell.
 */
export type ComparisonCellOf = (row: number, columns: ReadonlyArray<ComparisonColumn>) => string;

/** What every kind sees while calculating. */
export interface SheetContext {
  readonly settings: Settings;
  /** Rows of every Indicators sheet (that kind runs first), for polarity and measure by name. */
  readonly indicators: ReadonlyArray<IndicatorResult>;
  /** Each Indicators sheet's ComparisonCellOf, by sheet name. */
  readonly comparisonCells?: ReadonlyMap<string, ComparisonCellOf>;
}

/** Finishing step for kinds whose columns depend on what later kinds found (Indicators: comparisons). */
export type SheetFinish = (comparisons: ReadonlyArray<IndicatorComparison>) => {
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly indicators: ReadonlyArray<IndicatorResult>;
};

export interface SheetOutput {
  readonly findings: ReadonlyArray<Finding>;
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly indicators?: ReadonlyArray<IndicatorResult>;
  readonly outcomes?: ReadonlyArray<OutcomeResult>;
  readonly footnotes?: ReadonlyArray<TableFootnote>;
  /** Nearest Neighbour / County / District Comparison content for the Indicators sheet. */
  readonly comparisons?: ReadonlyArray<IndicatorComparison>;
  readonly ownedSheets?: ReadonlyArray<OwnedSheet>;
  /** Districts sheet: each indicator and period's districts against the county. */
  readonly districts?: ReadonlyArray<DistrictGroupResult>;
  /** Peers sheet: the home area's rank per indicator. */
  readonly peers?: ReadonlyArray<PeerRankResult>;
  /** Trends sheet: each indicator's series with its trend and signal. */
  readonly trends?: ReadonlyArray<TrendSeriesResult>;
  /** Called once every kind has run, with every kind's comparisons. */
  readonly finish?: SheetFinish;
  /** Indicators sheet: where its rows' comparison cells are (SheetContext.comparisonCells). */
  readonly comparisonCell?: ComparisonCellOf;
  /** Risk Matrix rows, carried to CalculationResult.risk. */
  readonly risk?: ReadonlyArray<RiskResult>;
}

/**
 * One kind of input sheet, recognised by its header row (contract intro). Adding a kind (Districts,
 * Peers, Trends, Risk Matrix) is one module exporting a SheetKind plus one line in SHEET_KINDS.
 */
export interface SheetKind {
  readonly kind: SheetKindName;
  /** "Indicators", for messages. */
  readonly title: string;
  readonly columns: ReadonlyArray<ColumnSpec>;
  /** The headers the kind needs, in words, for the missing-header finding. */
  readonly requiredHeaders: string;
  /** A sentence added to the missing-header finding when the headers seen call for one. */
  readonly missingHeaderNote?: (seen: ReadonlyArray<string>) => string | undefined;
  readonly isComplete: (found: ReadonlyMap<string, ReadonlyArray<LocatedColumn>>) => boolean;
  /** A sheet named like this but without the header gets a missing-header finding. */
  readonly nameHint: RegExp;
  readonly calculate: (grid: SheetGrid, table: LocatedTable, context: SheetContext) => SheetOutput;
}
