import { CalculateOptions, CalculationResult, CalculationStep, calculateWorkbook } from '../engine';
import type { WorkbookPort } from './WorkbookPort';

export interface RunOptions extends CalculateOptions {
  /** Validate only: read and calculate, write nothing. */
  readonly checkOnly?: boolean;
}

/** Read → validate → calculate → write through any host, reporting each step. */
export async function runCalculation(port: WorkbookPort, options: RunOptions = {}): Promise<CalculationResult> {
  const report = (step: CalculationStep) => options.onProgress?.(step);
  report('reading');
  const sheets = await port.readSheets();
  const result = calculateWorkbook(sheets, options);
  if (!options.checkOnly) {
    report('writing');
    await port.write(result.plan);
  }
  report('done');
  return result;
}
