import type { SheetGrid, WritePlan } from '../../engine';
import type { WorkbookPort } from '../WorkbookPort';
import { createSettingsSheet } from './createSettingsSheet';
import { excelRun, ExcelRunner } from './ExcelContext';
import { readRangeValues } from './readRangeValues';
import { readSelectedCellAddress, SelectedCell } from './readSelectedCellAddress';
import { readSheetGrids } from './readSheetGrids';
import { selectCell } from './selectCell';
import { writePlan } from './writePlan';

/**
 * The workbook port over Office.js. A calculation costs a fixed number of syncs: 2 to read (sheet
 * names, then every used range), 1 of checks before writing, and 1 to write while the write's
 * payload stays under 4 MiB (about 3 MiB more per extra sync beyond that). Needs ExcelApi 1.13
 * (getMergedAreasOrNullObject); screen-updating suspension is ExcelApi 1.9.
 */
export class OfficeHost implements WorkbookPort {
  /** `runner` is `Excel.run` in Excel; tests and the playground pass the fake's. */
  constructor(private readonly runner: ExcelRunner = excelRun) {}

  readSheets(): Promise<SheetGrid[]> {
    return this.runner((context) => readSheetGrids(context));
  }

  /** Throws WriteRefusedError, having written nothing, when a check fails. */
  write(plan: WritePlan): Promise<void> {
    return this.runner((context) => writePlan(context, plan));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.runner((context) => selectCell(context, sheet, address));
  }

  readSelectedCellAddress(): Promise<SelectedCell> {
    return this.runner((context) => readSelectedCellAddress(context));
  }

  readRangeValues(sheet: string, address: string): Promise<unknown[][]> {
    return this.runner((context) => readRangeValues(context, sheet, address));
  }

  /** True when the sheet was created; false when a Settings sheet already exists. */
  createSettingsSheet(rows: ReadonlyArray<readonly [string, string | number]>): Promise<boolean> {
    return this.runner((context) => createSettingsSheet(context, rows));
  }
}
