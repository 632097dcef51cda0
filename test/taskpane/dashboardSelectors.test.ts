import { DEFAULT_SETTINGS } from '../../src/engine';
import type { CalculationResult, RiskResult } from '../../src/engine';
import { dashboardReducer, initialDashboardState } from '../../src/taskpane/state/dashboardReducer';
import type { DashboardAction, DashboardState } from '../../src/taskpane/state/dashboardReducer';
import {
  directionWords,
  formatElapsed,
  ragWords,
  selectExplanation,
  selectFindingCounts,
  selectFindingGroups,
  selectIsRunning,
  selectProgress,
  selectStepLabel,
  selectSummary,
  selectTopFindings,
} from '../../src/taskpane/state/dashboardSelectors';
import { sampleResult } from './sampleResult';

const run = (...actions: DashboardAction[]): DashboardState => actions.reduce(dashboardReducer, initialDashboardState);
const calculated = (...more: DashboardAction[]) =>
  run({ type: 'calculationStarted' }, { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 1250 }, ...more);

describe('progress selectors', () => {
  test('the current step in words, and nothing when idle', () => {
    expect(selectStepLabel(initialDashboardState)).toBeUndefined();
    expect(selectStepLabel(run({ type: 'calculationStarted' }))).toBe('Reading the workbook');
    expect(selectStepLabel(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'writing' }))).toBe('Writing results');
  });

  test('validating and calculating share one label: the engine runs them in one synchronous stretch', () => {
    expect(selectStepLabel(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'validating' }))).toBe('Validating and calculating');
    expect(selectStepLabel(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'calculating' }))).toBe('Validating and calculating');
  });

  test('no "Done" label: the summary says the run is done', () => {
    expect(selectStepLabel(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'done' }))).toBeUndefined();
  });

  test('progress is the step reached out of four', () => {
    expect(selectProgress(run({ type: 'calculationStarted' }))).toBe(0);
    expect(selectProgress(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'calculating' }))).toBe(0.5);
    expect(selectProgress(run({ type: 'calculationStarted' }, { type: 'stepReached', step: 'writing' }))).toBe(0.75);
    expect(selectProgress(calculated())).toBeUndefined();
    expect(selectIsRunning(run({ type: 'calculationStarted' }))).toBe(true);
    expect(selectIsRunning(calculated())).toBe(false);
  });
});

describe('summary', () => {
  test('no summary before the first calculation', () => {
    expect(selectSummary(initialDashboardState)).toBeUndefined();
  });

  test('the engine summary plus elapsed time in words', () => {
    expect(selectSummary(calculated())).toEqual({ indicators: 12, outcomes: 5, errors: 2, warnings: 2, elapsed: '1.3 s' });
  });

  test('elapsed time in ms under a second, seconds to one decimal above', () => {
    expect(formatElapsed(340.4)).toBe('340 ms');
    expect(formatElapsed(999)).toBe('999 ms');
    expect(formatElapsed(1000)).toBe('1.0 s');
    expect(formatElapsed(12_345)).toBe('12.3 s');
  });
});

describe('findings', () => {
  test('counts by severity', () => {
    expect(selectFindingCounts(initialDashboardState)).toEqual({ all: 0, error: 0, warning: 0 });
    expect(selectFindingCounts(calculated())).toEqual({ all: 4, error: 2, warning: 2 });
  });

  test('grouped by sheet in order of first appearance, each read down the sheet', () => {
    const groups = selectFindingGroups(calculated());
    expect(groups.map((g) => g.sheet)).toEqual(['Indicators', 'Risk Matrix']);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(['B4', 'F10', 'E12']);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(['C4']);
  });

  test("recognised sheets keep the workbook's order", () => {
    const sheet = (name: string) => ({ name, kind: 'indicators' as const, headerRow: 2, firstRow: 3, endRow: 15 });
    const result = { ...sampleResult, sheets: [sheet('Risk Matrix'), sheet('Indicators')] };
    const state = run({ type: 'calculationStarted' }, { type: 'calculationSucceeded', result, elapsedMs: 1 });
    expect(selectFindingGroups(state).map((g) => g.sheet)).toEqual(['Risk Matrix', 'Indicators']);
  });

  test('the severity filter keeps only that kind', () => {
    const errors = selectFindingGroups(calculated({ type: 'filterChanged', filter: 'error' }));
    expect(errors.flatMap((g) => g.findings.map((f) => `${g.sheet}!${f.cell}`))).toEqual(['Indicators!B4', 'Risk Matrix!C4']);
    const warnings = selectFindingGroups(calculated({ type: 'filterChanged', filter: 'warning' }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].findings.map((f) => f.cell)).toEqual(['F10', 'E12']);
  });

  test('the preview lists errors first, up to the limit', () => {
    expect(selectTopFindings(calculated()).map((f) => f.code)).toEqual(['E001', 'E002', 'W010']);
    expect(selectTopFindings(calculated(), 1).map((f) => f.code)).toEqual(['E001']);
    expect(selectTopFindings(initialDashboardState)).toEqual([]);
  });
});

describe('explain', () => {
  test('nothing asked yet', () => {
    expect(selectExplanation(calculated())).toEqual({ kind: 'none' });
  });

  test("any cell on Total crime's row (sheet row 4) explains that indicator", () => {
    for (const address of ['A4', 'K4', 'M4']) {
      const explanation = selectExplanation(calculated({ type: 'explained', cell: { sheet: 'Indicators', address } }));
      expect(explanation.kind).toBe('indicator');
      if (explanation.kind === 'indicator') {
        expect(explanation.indicator.indicator).toBe('Total Crime rate (per 1,000 population)');
        expect(explanation.indicator.reason).toContain('47.21 → 51.61');
      }
    }
  });

  test('the same row on another sheet, or a row without an indicator or risk, is not explained', () => {
    expect(selectExplanation(calculated({ type: 'explained', cell: { sheet: 'Dashboard', address: 'A4' } })).kind).toBe('notExplained');
    expect(selectExplanation(calculated({ type: 'explained', cell: { sheet: 'Indicators', address: 'A3' } })).kind).toBe('notExplained');
  });

  test('a range explains by its first cell', () => {
    const explanation = selectExplanation(calculated({ type: 'explained', cell: { sheet: 'Indicators', address: 'C10:F12' } }));
    expect(explanation.kind === 'indicator' && explanation.indicator.notLikeForLike).toBe(true);
  });

  test("a cell in the Overall Progress RAG column explains the outcome's roll-up, not the row's Progress RAG", () => {
    const explanation = selectExplanation(withOverallColumn({ type: 'explained', cell: { sheet: 'Indicators', address: 'L4' } }));
    expect(explanation).toMatchObject({ kind: 'overallRag', rags: ['A'], method: 'worst' });
    if (explanation.kind === 'overallRag') expect(explanation.indicator.indicator).toBe('Total Crime rate (per 1,000 population)');
    // The same row's other cells still explain the indicator itself.
    expect(selectExplanation(withOverallColumn({ type: 'explained', cell: { sheet: 'Indicators', address: 'K4' } })).kind).toBe('indicator');
  });

  test("a Risk Matrix row explains that risk's rating", () => {
    const explanation = selectExplanation(withOverallColumn({ type: 'explained', cell: { sheet: 'Risk Matrix', address: 'F5' } }));
    expect(explanation).toMatchObject({ kind: 'risk', risk: { category: 'Burglary', reason: 'Probability 3 × harm 3 = 9: MEDIUM.' } });
  });

  test('before any calculation, and when the host cannot read the selection', () => {
    expect(selectExplanation(run({ type: 'explained', cell: { sheet: 'Indicators', address: 'A4' } })).kind).toBe('noResult');
    expect(selectExplanation(run({ type: 'explained', cell: undefined })).kind).toBe('unavailable');
  });
});

/** The sample with its Overall Progress RAG column at L, the worst-RAG roll-up and one Risk Matrix row (sheet row 5). */
function withOverallColumn(...more: DashboardAction[]): DashboardState {
  const overall = { sheet: 'Indicators', headerRow: 2, column: 11, header: 'Overall Progress RAG', writeHeader: false, firstRow: 3, cells: [] };
  const risk: RiskResult = {
    sheet: 'Risk Matrix',
    row: 4,
    category: 'Burglary',
    probabilitySource: 'typed',
    harms: [],
    periodDiffers: false,
    notScored: false,
    rating: 'MEDIUM',
    reason: 'Probability 3 × harm 3 = 9: MEDIUM.',
  };
  const result: CalculationResult = {
    ...sampleResult,
    plan: { columns: [overall], ownedSheets: [] },
    settings: { ...DEFAULT_SETTINGS, overallRagMethod: 'worst' },
    risk: [risk],
  };
  return run({ type: 'calculationSucceeded', result, elapsedMs: 1 }, ...more);
}

describe('words for colours and arrows (colour is never the only signal)', () => {
  test('RAG letters', () => {
    expect(['G', 'A', 'R', undefined].map(ragWords)).toEqual(['Green', 'Amber', 'Red', 'No rating']);
  });

  test('arrows', () => {
    expect(['↑', '→', '↓', undefined].map(directionWords)).toEqual(['improving', 'stable', 'deteriorating', 'not compared']);
  });
});
