import { dashboardReducer, initialDashboardState } from '../../src/taskpane/state/dashboardReducer';
import type { DashboardAction, DashboardState } from '../../src/taskpane/state/dashboardReducer';
import { sampleResult } from './sampleResult';

const run = (actions: DashboardAction[], from: DashboardState = initialDashboardState) => actions.reduce(dashboardReducer, from);

describe('dashboardReducer', () => {
  test('a failed calculation keeps the previous result and shows the host message', () => {
    const state = run([
      { type: 'calculationStarted' },
      { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 420 },
      { type: 'calculationStarted' },
      { type: 'calculationFailed', message: 'Nothing was written. Sheet Indicators is protected.', elapsedMs: 15 },
    ]);
    expect(state.status).toBe('failed');
    expect(state.result).toBe(sampleResult);
    expect(state.hostError).toBe('Nothing was written. Sheet Indicators is protected.');
    expect(state.step).toBeUndefined();
  });

  test('a refused write shows the findings of the calculation that was refused', () => {
    const refused = { ...sampleResult, findings: [] };
    const state = run([
      { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 420 },
      { type: 'calculationStarted' },
      { type: 'calculationFailed', message: 'Sheet Indicators is protected.', result: refused, elapsedMs: 37 },
    ]);
    expect(state.result).toBe(refused);
    expect(state.hostError).toBe('Sheet Indicators is protected.');
  });

  test("the summary's time is the refused calculation's, or the shown result's when nothing was calculated", () => {
    const refused = run([
      { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 420 },
      { type: 'calculationStarted' },
      { type: 'calculationFailed', message: 'Sheet Indicators is protected.', result: { ...sampleResult }, elapsedMs: 37 },
    ]);
    expect(refused.elapsedMs).toBe(37);
    const unread = run([
      { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 420 },
      { type: 'calculationStarted' },
      { type: 'calculationFailed', message: 'The workbook could not be reached.', elapsedMs: 5 },
    ]);
    expect(unread.elapsedMs).toBe(420);
  });

  test('starting a calculation clears old messages and begins at reading', () => {
    const state = run([{ type: 'hostFailed', message: 'Sheet is protected' }, { type: 'calculationStarted' }]);
    expect(state).toMatchObject({ status: 'running', step: 'reading', hostError: undefined, notice: undefined });
  });

  test('steps move only while running', () => {
    expect(run([{ type: 'calculationStarted' }, { type: 'stepReached', step: 'writing' }]).step).toBe('writing');
    expect(run([{ type: 'stepReached', step: 'writing' }]).step).toBeUndefined();
  });

  test('success stores the result and elapsed time and ends the run', () => {
    const state = run([
      { type: 'calculationStarted' },
      { type: 'stepReached', step: 'calculating' },
      { type: 'calculationSucceeded', result: sampleResult, elapsedMs: 1234 },
    ]);
    expect(state).toMatchObject({ status: 'done', step: undefined, elapsedMs: 1234 });
    expect(state.result).toBe(sampleResult);
  });

  test('tab, filter and dismissals are plain state changes', () => {
    const state = run([
      { type: 'tabSelected', tab: 'findings' },
      { type: 'filterChanged', filter: 'warning' },
      { type: 'hostFailed', message: 'x' },
      { type: 'hostErrorDismissed' },
    ]);
    expect(state).toMatchObject({ tab: 'findings', severityFilter: 'warning', hostError: undefined });
  });

  test('explain records the cell, or that the host could not say', () => {
    expect(run([{ type: 'explained', cell: { sheet: 'Indicators', address: 'K4' } }])).toMatchObject({
      explained: { sheet: 'Indicators', address: 'K4' },
      explainUnavailable: false,
    });
    expect(run([{ type: 'explained', cell: undefined }]).explainUnavailable).toBe(true);
  });

  test('creating the Settings sheet marks it present and says so', () => {
    const settings = [{ name: 'Stable tolerance', value: '5%', source: 'default' as const }];
    const state = run([
      { type: 'settingsLoaded', settings, sheet: null },
      { type: 'settingsSheetCreated', settings },
    ]);
    expect(state.settingsSheet).toEqual({ name: 'Settings', hasTable: true });
    expect(state.notice).toMatch(/Settings sheet created/);
    expect(run([{ type: 'noticeDismissed' }], state).notice).toBeUndefined();
  });

  test('the reducer never mutates the state it is given', () => {
    const before = Object.freeze({ ...initialDashboardState });
    const after = dashboardReducer(before, { type: 'tabSelected', tab: 'settings' });
    expect(before.tab).toBe('dashboard');
    expect(after).not.toBe(before);
  });
});

describe('notices', () => {
  test('a notice replaces an old host error and can be dismissed', () => {
    const shown = [
      { type: 'hostFailed', message: 'Could not copy' },
      { type: 'noticeShown', notice: 'Dashboard table copied.' },
    ].reduce((s, a) => dashboardReducer(s, a as DashboardAction), initialDashboardState);
    expect(shown).toMatchObject({ notice: 'Dashboard table copied.', hostError: undefined });
    expect(dashboardReducer(shown, { type: 'noticeDismissed' }).notice).toBeUndefined();
  });
});
