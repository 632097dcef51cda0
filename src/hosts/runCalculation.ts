import { CalculateOptions, CalculationResult, CalculationStep, NOTHING_RECOGNISED, calculateWorkbook, nothingRecognised } from '../engine';
import type { WorkbookPort } from './WorkbookPort';

export interface RunOptions extends CalculateOptions {
  /** Validate only: read and calculate, write nothing. */
  readonly checkOnly?: boolean;
  /**
   * Awaited after reading, before the engine validates and calculates. The engine runs synchronously,
   * so this is a task pane's one chance to paint its progress before the calculation starts.
   */
  readonly beforeCalculation?: () => Promise<void>;
}

/**
 * The calculation ran but the host refused or failed to write it (a protected sheet, say). Carries
 * the result so the reviewer still sees the findings; the host's own message is kept as the message.
 */
export class WriteFailedError extends Error {
  constructor(
    readonly result: CalculationResult,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'WriteFailedError';
  }
}

/**
 * No sheet of the workbook was recognised, so there is nothing to calculate or write: said as a
 * failure, as the command line does, not as a clean run of 0 indicators. Carries the result, whose
 * findings (V015) name the headers looked for and seen.
 */
export class NothingToCalculateError extends Error {
  constructor(readonly result: CalculationResult) {
    super(`Nothing was calculated: ${NOTHING_RECOGNISED}.`);
    this.name = 'NothingToCalculateError';
  }
}

/** Read → validate → calculate → write through any host, reporting each step. */
export async function runCalculation(port: WorkbookPort, options: RunOptions = {}): Promise<CalculationResult> {
  const report = (step: CalculationStep) => options.onProgress?.(step);
  report('reading');
  const sheets = await port.readSheets();
  await options.beforeCalculation?.();
  const result = calculateWorkbook(sheets, options);
  if (nothingRecognised(result)) throw new NothingToCalculateError(result);
  if (!options.checkOnly) {
    report('writing');
    try {
      await port.write(result.plan);
    } catch (error) {
      throw new WriteFailedError(result, error);
    }
  }
  report('done');
  return result;
}
