import type { CalculationResult, CalculationStep } from '../../engine';
import type { SettingsSheetFound } from './effectiveSettings';

export type PaneTab = 'dashboard' | 'findings' | 'settings';
export type SeverityFilter = 'all' | 'error' | 'warning';
export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

/** A cell the reviewer pointed at, as the host reports it. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** One effective setting: the workbook's value when it has one, else the documented default. */
export interface SettingView {
  readonly name: string;
  readonly value: string;
  /** One line saying what the setting does. */
  readonly description?: string;
  readonly source: 'workbook' | 'default';
}

export interface DashboardState {
  readonly tab: PaneTab;
  readonly status: RunStatus;
  /** The step the calculation is on, while running. */
  readonly step?: CalculationStep;
  readonly result?: CalculationResult;
  readonly elapsedMs?: number;
  readonly severityFilter: SeverityFilter;
  /** The cell Explain last read; the explanation itself is derived from `result` by a selector. */
  readonly explained?: CellRef;
  /** The explained cell's row as read from the workbook after Explain, when the host can read it: each cell's text. */
  readonly explainedRow?: ReadonlyArray<string>;
  /** Explain ran but the host could not say which cell is selected. */
  readonly explainUnavailable?: boolean;
  readonly settings?: ReadonlyArray<SettingView>;
  /** The workbook's Settings sheet (null: none, undefined: not looked for yet). */
  readonly settingsSheet?: SettingsSheetFound | null;
  /** A message from the host (protected sheet, lost connection); shown in a MessageBar. */
  readonly hostError?: string;
  /** A short success message ("Settings sheet created"). */
  readonly notice?: string;
}

export type DashboardAction =
  | { readonly type: 'tabSelected'; readonly tab: PaneTab }
  | { readonly type: 'calculationStarted' }
  | { readonly type: 'stepReached'; readonly step: CalculationStep }
  | { readonly type: 'calculationSucceeded'; readonly result: CalculationResult; readonly elapsedMs: number }
  | { readonly type: 'calculationFailed'; readonly message: string; readonly result?: CalculationResult; readonly elapsedMs: number }
  | { readonly type: 'filterChanged'; readonly filter: SeverityFilter }
  | { readonly type: 'explained'; readonly cell: CellRef | undefined }
  | { readonly type: 'explainedRowRead'; readonly cell: CellRef; readonly texts: ReadonlyArray<string> }
  | { readonly type: 'settingsLoaded'; readonly settings: ReadonlyArray<SettingView>; readonly sheet: SettingsSheetFound | null }
  | { readonly type: 'settingsSheetCreated'; readonly settings: ReadonlyArray<SettingView> }
  | { readonly type: 'hostFailed'; readonly message: string }
  | { readonly type: 'hostErrorDismissed' }
  | { readonly type: 'noticeShown'; readonly notice: string }
  | { readonly type: 'noticeDismissed' };

export const initialDashboardState: DashboardState = {
  tab: 'dashboard',
  status: 'idle',
  severityFilter: 'all',
};

/** Pure: every change to the task pane's state goes through here. */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'tabSelected':
      return { ...state, tab: action.tab };
    case 'calculationStarted':
      // The last result stays visible until the new one arrives.
      return { ...state, status: 'running', step: 'reading', hostError: undefined, notice: undefined };
    case 'stepReached':
      return state.status === 'running' ? { ...state, step: action.step } : state;
    case 'calculationSucceeded':
      return { ...state, status: 'done', step: undefined, result: action.result, elapsedMs: action.elapsedMs };
    case 'calculationFailed': {
      const failed = { ...state, status: 'failed' as const, step: undefined, hostError: action.message };
      // A refused write brings its own result, timed with it; otherwise the previous result and time stay.
      return action.result ? { ...failed, result: action.result, elapsedMs: action.elapsedMs } : failed;
    }
    case 'filterChanged':
      return { ...state, severityFilter: action.filter };
    case 'explained':
      return { ...state, explained: action.cell, explainedRow: undefined, explainUnavailable: action.cell === undefined };
    case 'explainedRowRead':
      // Only for the cell still explained: a later Explain may have finished first.
      return state.explained === action.cell ? { ...state, explainedRow: action.texts } : state;
    case 'settingsLoaded':
      return { ...state, settings: action.settings, settingsSheet: action.sheet };
    case 'settingsSheetCreated':
      return {
        ...state,
        settings: action.settings,
        settingsSheet: { name: 'Settings', hasTable: true },
        hostError: undefined,
        notice: 'Settings sheet created with the default values.',
      };
    case 'hostFailed':
      return { ...state, hostError: action.message, notice: undefined };
    case 'hostErrorDismissed':
      return { ...state, hostError: undefined };
    case 'noticeShown':
      return { ...state, notice: action.notice, hostError: undefined };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
}
