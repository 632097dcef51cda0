import type { LastRun } from '../commands/calculateForRibbon';
import type { WorkbookPort } from '../hosts/WorkbookPort';
import type { CellRef } from './state/dashboardReducer';

/**
 * What the task pane needs from its host: the workbook port plus, where the host has a user
 * interface, the cell the reviewer has selected and a way to add the Settings sheet. OfficeHost
 * satisfies it as it is; the method names are OfficeHost's. The entry adds readLastRibbonRun.
 */
export interface TaskpanePort extends WorkbookPort {
  readSelectedCellAddress?(): Promise<CellRef | undefined>;
  /** The values of an A1 range on a sheet, row by row; Explain reads the selected row to check it still holds what was calculated. */
  readRangeValues?(sheet: string, address: string): Promise<ReadonlyArray<ReadonlyArray<unknown>>>;
  /** Adds a `Setting | Value` sheet with these rows; false when one exists already (never overwritten). */
  createSettingsSheet?(rows: ReadonlyArray<readonly [string, string | number]>): Promise<boolean>;
  /** The outcome the ribbon's Calculate dashboard left in the document, if any. */
  readLastRibbonRun?(): Promise<LastRun | undefined>;
}
