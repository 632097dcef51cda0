import { CATALOGUE, DASHBOARD_SHEET_NAME, DEFAULT_SETTINGS, INDICATOR_OUTPUT_COLUMNS, cellAddress, dashboardLayout, groupForPeriod, normaliseHeaderText, parseCellAddress } from '../../engine';
import type {
  CalculationResult,
  DashboardLayout,
  DistrictGroupResult,
  IndicatorResult,
  PeerRankResult,
  Rag,
  RiskResult,
  Settings,
  SheetKindName,
} from '../../engine';
import type { CellRef, DashboardState } from './dashboardReducer';

export type ComparisonKey = 'nearestNeighbour' | 'countyComparison' | 'districtComparison';

/** Fields every explanation of a calculated row carries. */
interface RowExplanation {
  readonly cell: CellRef;
  /**
   * True when the selected row, read from the workbook just now, no longer holds the name the last
   * calculation had on that row (rows inserted or sorted since): the explanation may be another row's.
   */
  readonly moved: boolean;
}

export type Explanation =
  | { readonly kind: 'none' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'noResult'; readonly cell: CellRef }
  /** `sheetKind` when the cell is on a recognised sheet Explain does not cover (Peers, Districts, Trends, Settings). */
  | { readonly kind: 'notExplained'; readonly cell: CellRef; readonly sheetKind?: SheetKindName }
  | (RowExplanation & { readonly kind: 'indicator'; readonly indicator: IndicatorResult })
  | (RowExplanation & {
      readonly kind: 'overallRag';
      readonly indicator: IndicatorResult;
      /** The Progress RAGs the outcome's Overall RAG was rolled up from: its indicators on the same sheet. */
      readonly rags: ReadonlyArray<Rag | undefined>;
      readonly method: Settings['overallRagMethod'];
      /** False when the indicator's sheet has no Outcome column. */
      readonly hasOutcomeColumn: boolean;
    })
  | (RowExplanation & {
      readonly kind: 'comparison';
      readonly indicator: IndicatorResult;
      readonly comparison: ComparisonKey;
      /** The Peers sheet's rank for the indicator, when one exists (it then gave Nearest Neighbour and County Comparison). */
      readonly peer?: PeerRankResult;
      /** The Districts group whose summary is the indicator's District Comparison, when it was computed. */
      readonly district?: DistrictGroupResult;
      /** The Districts sheet's periods for the indicator when none is its current period (so none fed the cell). */
      readonly districtPeriods?: ReadonlyArray<string>;
      /** The Confidence level setting the districts were compared at. */
      readonly confidenceLevel: number;
    })
  | (RowExplanation & { readonly kind: 'risk'; readonly risk: RiskResult });

type Row = { readonly indicator: IndicatorResult; readonly column?: string } | { readonly risk: RiskResult };

const OUTPUT_HEADER = new Map<string, string>(INDICATOR_OUTPUT_COLUMNS.map((c) => [c.canonical, c.key]));
const COMPARISON_KEYS: ReadonlyArray<string> = ['nearestNeighbour', 'countyComparison', 'districtComparison'];

/**
 * Explains the selected cell from the last result: an Indicators or Risk Matrix row by its sheet
 * and row number, a Dashboard row by what the engine drew there. The cell's column chooses what is
 * explained: the outcome's roll-up (Overall Progress RAG), a comparison, or the row's arrow and colour.
 */
export function selectExplanation(state: DashboardState): Explanation {
  if (state.explainUnavailable) return { kind: 'unavailable' };
  const cell = state.explained;
  if (!cell) return { kind: 'none' };
  const result = state.result;
  if (!result) return { kind: 'noResult', cell };
  const at = parseCellAddress(cell.address.split(':')[0]);
  const row = at && rowAt(result, cell.sheet, at.row, at.column);
  if (!row) {
    const sheetKind = result.sheets.find((s) => s.name === cell.sheet)?.kind;
    return sheetKind ? { kind: 'notExplained', cell, sheetKind } : { kind: 'notExplained', cell };
  }
  const moved = state.explainedRow !== undefined && !holdsName(state.explainedRow, 'risk' in row ? row.risk.category : row.indicator.indicator);
  if ('risk' in row) return { kind: 'risk', cell, moved, risk: row.risk };
  const { indicator, column } = row;
  if (column === 'overallRag' || column === 'outcome') {
    const rags = result.indicators.filter((i) => i.sheet === indicator.sheet && i.outcome === indicator.outcome).map((i) => i.rag);
    const method = result.settings?.overallRagMethod ?? DEFAULT_SETTINGS.overallRagMethod;
    return { kind: 'overallRag', cell, moved, indicator, rags, method, hasOutcomeColumn: hasOutcomeColumn(result, indicator) };
  }
  if (column !== undefined && COMPARISON_KEYS.includes(column)) {
    const confidenceLevel = result.settings?.confidenceLevel ?? DEFAULT_SETTINGS.confidenceLevel;
    return { kind: 'comparison', cell, moved, indicator, comparison: column as ComparisonKey, confidenceLevel, ...comparisonSources(result, indicator) };
  }
  return { kind: 'indicator', cell, moved, indicator };
}

/** What the last calculation had on this sheet row, and which output (or Dashboard) column the cell is in. */
function rowAt(result: CalculationResult, sheet: string, row: number, column: number): Row | undefined {
  if (isDashboard(result, sheet)) {
    const layout = layoutOf(result);
    const source = layout?.rows.get(row);
    if (!source) return undefined;
    return 'risk' in source ? source : { indicator: source.indicator, column: layout?.columns[column] };
  }
  const indicator = result.indicators.find((i) => i.sheet === sheet && i.row === row);
  if (indicator) {
    const header = result.plan.columns.find((c) => c.sheet === sheet && c.column === column)?.header;
    return { indicator, column: header === undefined ? undefined : OUTPUT_HEADER.get(header) };
  }
  const risk = result.risk?.find((r) => r.sheet === sheet && r.row === row);
  return risk ? { risk } : undefined;
}

/** The Dashboard sheet this result wrote (not an analyst's own sheet of that name, which is left alone). */
function isDashboard(result: CalculationResult, sheet: string): boolean {
  return sheet.toLowerCase() === DASHBOARD_SHEET_NAME.toLowerCase() && result.plan.ownedSheets.some((s) => s.name === DASHBOARD_SHEET_NAME);
}

const layouts = new WeakMap<CalculationResult, DashboardLayout | undefined>();

/** The Dashboard's layout, drawn again from the result once per result (the pane renders often). */
function layoutOf(result: CalculationResult): DashboardLayout | undefined {
  if (!layouts.has(result)) layouts.set(result, dashboardLayout(result));
  return layouts.get(result);
}

/** An indicator without an outcome gets warning V007 only on a sheet that has an Outcome column. */
function hasOutcomeColumn(result: CalculationResult, indicator: IndicatorResult): boolean {
  if (indicator.outcome !== '') return true;
  return result.findings.some((f) => f.code === CATALOGUE.noOutcome.code && f.sheet === indicator.sheet && parseCellAddress(f.cell)?.row === indicator.row);
}

/**
 * The Peers and Districts results behind an indicator's comparison cells, matched by name as the
 * engine merges them (the last Peers sheet with a rank wins). A District Comparison is computed
 * when the summary of the Districts group for the indicator's period is the indicator's line; otherwise it was typed.
 */
function comparisonSources(
  result: CalculationResult,
  indicator: IndicatorResult,
): { peer?: PeerRankResult; district?: DistrictGroupResult; districtPeriods?: ReadonlyArray<string> } {
  const name = normaliseHeaderText(indicator.indicator);
  const peers = (result.peers ?? []).filter((p) => normaliseHeaderText(p.indicator) === name);
  const peer = peers.filter((p) => p.nearestNeighbour !== undefined).pop() ?? peers.pop();
  // The group the engine fed the indicator from (groupForPeriod): its current period, else the latest
  // when it has none; no group when the sheet lacks its current period.
  const groups = (result.districts ?? []).filter((g) => normaliseHeaderText(g.indicator) === name);
  const fed = groupForPeriod(groups, (g) => g.period, indicator.current.period);
  const district = fed !== undefined && fed.summary === indicator.districtComparison ? fed : undefined;
  const districtPeriods = fed === undefined && groups.length > 0 ? groups.map((g) => g.period ?? '') : undefined;
  return { ...(peer ? { peer } : {}), ...(district ? { district } : {}), ...(districtPeriods ? { districtPeriods } : {}) };
}

/** True when one of the row's cells, as read now, is the name calculated for that row. */
function holdsName(texts: ReadonlyArray<string>, name: string): boolean {
  const wanted = normaliseHeaderText(name);
  return texts.some((text) => normaliseHeaderText(text) === wanted);
}

/**
 * The selected cell's row, as an A1 range wide enough to hold its Indicator or Category cell, for
 * the check that the row still holds what was calculated there; undefined off a calculated row.
 */
export function explainedRowRange(result: CalculationResult, cell: CellRef): string | undefined {
  const at = parseCellAddress(cell.address.split(':')[0]);
  if (!at || !rowAt(result, cell.sheet, at.row, at.column)) return undefined;
  const widths = result.plan.columns.filter((c) => c.sheet === cell.sheet).map((c) => c.column + 1);
  const owned = result.plan.ownedSheets.find((s) => s.name.toLowerCase() === cell.sheet.toLowerCase());
  if (owned) widths.push(...owned.rows.map((r) => r.length));
  // Input columns lie left of the output columns added at the table's right; at least A to Z.
  const width = Math.max(26, ...widths);
  return `${cellAddress(at.row, 0)}:${cellAddress(at.row, width - 1)}`;
}
