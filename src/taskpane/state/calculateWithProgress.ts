import type { Dispatch } from 'react';
import { NothingToCalculateError, WriteFailedError, runCalculation } from '../../hosts/runCalculation';
import type { WorkbookPort } from '../../hosts/WorkbookPort';
import type { DashboardAction } from './dashboardReducer';
import { describeHostError } from './describeHostError';
import { nextPaint } from './nextPaint';

export interface CalculateDependencies {
  /** Resolves once the step just shown has been painted; `nextPaint` in the browser. */
  readonly paint?: () => Promise<void>;
  /** Milliseconds from a fixed point; `performance.now` in the browser. */
  readonly now?: () => number;
}

/** One calculation from the pane: every step, the result or the refusal, and the time it took, as actions. */
export async function calculateWithProgress(
  port: WorkbookPort,
  dispatch: Dispatch<DashboardAction>,
  { paint = nextPaint, now = () => performance.now() }: CalculateDependencies = {},
): Promise<void> {
  dispatch({ type: 'calculationStarted' });
  const started = now();
  try {
    const result = await runCalculation(port, {
      onProgress: (step) => dispatch({ type: 'stepReached', step }),
      // The engine validates and calculates in one synchronous stretch: show that step before it starts.
      beforeCalculation: () => {
        dispatch({ type: 'stepReached', step: 'validating' });
        return paint();
      },
    });
    dispatch({ type: 'calculationSucceeded', result, elapsedMs: now() - started });
  } catch (error) {
    // A refused write, or a workbook with nothing to calculate, still shows the findings and the time.
    const result = error instanceof WriteFailedError || error instanceof NothingToCalculateError ? error.result : undefined;
    dispatch({ type: 'calculationFailed', message: describeHostError(error), result, elapsedMs: now() - started });
  }
}
