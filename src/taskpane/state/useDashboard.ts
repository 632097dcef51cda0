import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Dispatch } from 'react';
import type { TaskpanePort } from '../TaskpanePort';
import { copyBoardReport } from '../clipboard/copyBoardReport';
import { calculateWithProgress } from './calculateWithProgress';
import { dashboardReducer, initialDashboardState } from './dashboardReducer';
import type { DashboardAction, DashboardState, PaneTab, SeverityFilter } from './dashboardReducer';
import { describeHostError, describeSelectFailure } from './describeHostError';
import { defaultSettingRows, effectiveSettings, findSettingsSheet, settingsSheetPlan } from './effectiveSettings';
import { ribbonRunAction } from './ribbonRunAction';
import { explainedRowRange } from './selectExplanation';

export interface DashboardActions {
  calculate(): Promise<void>;
  copyReport(): Promise<void>;
  selectFinding(sheet: string, cell: string): Promise<void>;
  explainSelection(): Promise<void>;
  loadSettings(): Promise<void>;
  createSettingsSheet(): Promise<void>;
  selectTab(tab: PaneTab): void;
  setFilter(filter: SeverityFilter): void;
  dismissHostError(): void;
  dismissNotice(): void;
}

/** The task pane's one side-effecting hook: all workbook traffic goes through `port`. */
export function useDashboard(port: TaskpanePort): [DashboardState, DashboardActions] {
  const [state, dispatch] = useReducer(dashboardReducer, initialDashboardState);
  const running = useRef(false);

  const calculate = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      await calculateWithProgress(port, dispatch);
    } finally {
      running.current = false;
    }
  }, [port]);

  const result = state.result;
  const copyReport = useCallback(async () => {
    if (!result) return;
    try {
      const format = await copyBoardReport(result);
      dispatch({
        type: 'noticeShown',
        notice:
          format === 'html'
            ? 'Dashboard table copied. Paste it into the board paper in Word or Outlook.'
            : 'Dashboard table copied as plain text (this browser cannot copy formatted tables).',
      });
    } catch (error) {
      dispatch({ type: 'hostFailed', message: `The table could not be copied: ${describeHostError(error)}` });
    }
  }, [result]);

  const selectFinding = useCallback(
    async (sheet: string, cell: string) => {
      if (!port.selectCell) return;
      try {
        await port.selectCell(sheet, cell);
      } catch (error) {
        dispatch({ type: 'hostFailed', message: describeSelectFailure(error, sheet, cell) });
      }
    },
    [port],
  );

  const explainSelection = useCallback(async () => {
    let cell;
    try {
      cell = port.readSelectedCellAddress ? await port.readSelectedCellAddress() : undefined;
      dispatch({ type: 'explained', cell });
    } catch (error) {
      dispatch({ type: 'hostFailed', message: describeHostError(error) });
      return;
    }
    const range = cell && result && explainedRowRange(result, cell);
    if (!cell || !range || !port.readRangeValues) return;
    try {
      const values = await port.readRangeValues(cell.sheet, range);
      dispatch({ type: 'explainedRowRead', cell, texts: values.flat().map(valueText) });
    } catch {
      // Only a check that the row has not moved: the explanation stands without it.
    }
  }, [port, result]);

  const loadSettings = useCallback(async () => {
    try {
      const sheets = await port.readSheets();
      dispatch({ type: 'settingsLoaded', settings: effectiveSettings(sheets), sheet: findSettingsSheet(sheets) ?? null });
    } catch (error) {
      dispatch({ type: 'hostFailed', message: describeHostError(error) });
    }
  }, [port]);

  const createSettingsSheet = useCallback(async () => {
    try {
      // Read again: the reviewer may have added a Settings sheet since the view was loaded.
      const before = await port.readSheets();
      const existing = findSettingsSheet(before);
      const created = existing
        ? false
        : port.createSettingsSheet
          ? await port.createSettingsSheet(defaultSettingRows())
          : (await port.write(settingsSheetPlan()), true);
      const after = created ? await port.readSheets() : before;
      if (created) dispatch({ type: 'settingsSheetCreated', settings: effectiveSettings(after) });
      else {
        dispatch({ type: 'settingsLoaded', settings: effectiveSettings(after), sheet: existing ?? null });
        dispatch({ type: 'hostFailed', message: `The workbook already has a Settings sheet ("${existing?.name}"); it was left as it is.` });
      }
    } catch (error) {
      dispatch({ type: 'hostFailed', message: describeHostError(error) });
    }
  }, [port]);

  useLastRibbonRun(port, dispatch);

  const actions = useMemo<DashboardActions>(
    () => ({
      calculate,
      copyReport,
      selectFinding,
      explainSelection,
      loadSettings,
      createSettingsSheet,
      selectTab: (tab) => dispatch({ type: 'tabSelected', tab }),
      setFilter: (filter) => dispatch({ type: 'filterChanged', filter }),
      dismissHostError: () => dispatch({ type: 'hostErrorDismissed' }),
      dismissNotice: () => dispatch({ type: 'noticeDismissed' }),
    }),
    [calculate, copyReport, selectFinding, explainSelection, loadSettings, createSettingsSheet],
  );
  return [state, actions];
}

function valueText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Shows what the ribbon's Calculate dashboard last did, which it can only leave in the document: read
 * when the pane opens and whenever it regains focus (the ribbon may have run meanwhile), each run once.
 */
function useLastRibbonRun(port: TaskpanePort, dispatch: Dispatch<DashboardAction>): void {
  const shownAt = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!port.readLastRibbonRun) return;
    const show = () => {
      port.readLastRibbonRun?.().then(
        (run) => {
          if (!run || run.at === shownAt.current) return;
          shownAt.current = run.at;
          dispatch(ribbonRunAction(run));
        },
        () => undefined, // Only a report of an earlier run: the pane works without it.
      );
    };
    show();
    window.addEventListener('focus', show);
    return () => window.removeEventListener('focus', show);
  }, [port, dispatch]);
}
