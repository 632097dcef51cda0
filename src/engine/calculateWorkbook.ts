import { CalculateOptions, CalculationResult } from './CalculationResult';
import { SheetGrid } from './grid/CellGrid';

/**
 * The engine's main entry: reads every recognised sheet, validates, calculates, and returns the
 * results with the write plan a host carries out. Never throws on bad cells; findings say what is wrong.
 * PLACEHOLDER: the indicator engine replaces this body.
 */
export function calculateWorkbook(sheets: ReadonlyArray<SheetGrid>, options: CalculateOptions = {}): CalculationResult {
  options.onProgress?.('validating');
  void sheets;
  return {
    sheets: [],
    indicators: [],
    outcomes: [],
    findings: [],
    plan: { columns: [], ownedSheets: [] },
    summary: { indicators: 0, outcomes: 0, errors: 0, warnings: 0 },
  };
}
