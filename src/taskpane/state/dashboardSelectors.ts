import { parseCellAddress } from '../../engine';
import type { CalculationStep, Finding } from '../../engine';
import type { DashboardState } from './dashboardReducer';

// The engine validates and calculates in one synchronous stretch, so the pane can only ever paint the
// first of those two steps: one label covers both. 'done' has none: the summary says it.
const stepWords: Record<Exclude<CalculationStep, 'done'>, string> = {
  reading: 'Reading the workbook',
  validating: 'Validating and calculating',
  calculating: 'Validating and calculating',
  writing: 'Writing results',
};

const stepOrder: ReadonlyArray<CalculationStep> = ['reading', 'validating', 'calculating', 'writing', 'done'];

export function selectIsRunning(state: DashboardState): boolean {
  return state.status === 'running';
}

/** The current step in words, for the progress label; undefined when nothing is running. */
export function selectStepLabel(state: DashboardState): string | undefined {
  return state.status === 'running' && state.step && state.step !== 'done' ? stepWords[state.step] : undefined;
}

/** Progress as a fraction 0..1 by step reached (the engine reports steps, not percentages). */
export function selectProgress(state: DashboardState): number | undefined {
  if (state.status !== 'running' || !state.step) return undefined;
  return stepOrder.indexOf(state.step) / (stepOrder.length - 1);
}

export interface SummaryView {
  readonly indicators: number;
  readonly outcomes: number;
  readonly errors: number;
  readonly warnings: number;
  /** "1.2 s", "340 ms". */
  readonly elapsed: string;
}

export function selectSummary(state: DashboardState): SummaryView | undefined {
  if (!state.result) return undefined;
  const { summary } = state.result;
  return { ...summary, elapsed: formatElapsed(state.elapsedMs ?? 0) };
}

export function formatElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export interface FindingCounts {
  readonly all: number;
  readonly error: number;
  readonly warning: number;
}

export function selectFindingCounts(state: DashboardState): FindingCounts {
  const findings = state.result?.findings ?? [];
  const error = findings.filter((f) => f.severity === 'error').length;
  return { all: findings.length, error, warning: findings.length - error };
}

export interface FindingGroup {
  readonly sheet: string;
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * The findings the filter lets through, grouped by sheet, each group sorted by row then column so
 * the list reads down the sheet. Sheets keep one order whatever the filter: the workbook's order of
 * recognised sheets, then first appearance among all findings.
 */
export function selectFindingGroups(state: DashboardState): ReadonlyArray<FindingGroup> {
  const all = state.result?.findings ?? [];
  const order = [...new Set([...(state.result?.sheets ?? []).map((s) => s.name), ...all.map((f) => f.sheet)])];
  const filter = state.severityFilter;
  return order
    .map((sheet) => ({
      sheet,
      findings: all.filter((f) => f.sheet === sheet && (filter === 'all' || f.severity === filter)).sort(compareByCell),
    }))
    .filter((group) => group.findings.length > 0);
}

function compareByCell(a: Finding, b: Finding): number {
  const pa = parseCellAddress(a.cell);
  const pb = parseCellAddress(b.cell);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa.row - pb.row || pa.column - pb.column;
}

/** The first few findings, errors first, for the Dashboard tab's preview. */
export function selectTopFindings(state: DashboardState, limit = 3): ReadonlyArray<Finding> {
  const findings = state.result?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return [...errors, ...warnings].slice(0, limit);
}

export { selectExplanation } from './selectExplanation';
export type { Explanation } from './selectExplanation';

/** Words for a RAG letter, so colour is never the only signal. */
export function ragWords(rag: string | undefined): string {
  switch (rag) {
    case 'G':
      return 'Green';
    case 'A':
      return 'Amber';
    case 'R':
      return 'Red';
    default:
      return 'No rating';
  }
}

/** Words for an arrow, for screen readers and the Explain card. */
export function directionWords(direction: string | undefined): string {
  switch (direction) {
    case '↑':
      return 'improving';
    case '→':
      return 'stable';
    case '↓':
      return 'deteriorating';
    default:
      return 'not compared';
  }
}
