import type { SheetGrid, WritePlan } from '../engine';

/**
 * The port every workbook host implements (Office.js, ExcelJS files, in-memory). The engine never
 * sees a host; runCalculation moves grids and plans across this boundary.
 */
export interface WorkbookPort {
  /** Every worksheet's used range, anchored at A1, with number formats where known. */
  readSheets(): Promise<SheetGrid[]>;
  /** Carries out a write plan: output columns in place, owned sheets rebuilt. Input cells untouched. */
  write(plan: WritePlan): Promise<void>;
  /** Selects a cell for the reviewer, where the host has a user interface. */
  selectCell?(sheet: string, address: string): Promise<void>;
}
