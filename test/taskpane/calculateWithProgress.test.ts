import type { WorkbookPort } from '../../src/hosts/WorkbookPort';
import { calculateWithProgress } from '../../src/taskpane/state/calculateWithProgress';
import type { DashboardAction } from '../../src/taskpane/state/dashboardReducer';
import { portWith } from '../hosts/oneIndicatorPort';

/** Runs one calculation, logging each action (steps by name) and each paint, on a clock that ticks 10 ms per reading. */
async function logged(port: WorkbookPort) {
  const log: string[] = [];
  const actions: DashboardAction[] = [];
  let clock = 0;
  await calculateWithProgress(
    port,
    (action) => {
      actions.push(action);
      log.push(action.type === 'stepReached' ? action.step : action.type);
    },
    { paint: async () => void log.push('painted'), now: () => (clock += 10) },
  );
  return { log, actions };
}

describe('calculateWithProgress', () => {
  test('shows the validating step and waits for a paint before the synchronous calculation starts', async () => {
    const { log } = await logged(portWith(async () => undefined));
    // The engine's own 'validating' and 'calculating' come after the paint, in the same stretch as 'writing'.
    expect(log).toEqual(['calculationStarted', 'reading', 'validating', 'painted', 'validating', 'calculating', 'writing', 'done', 'calculationSucceeded']);
  });

  test('a success carries the time taken', async () => {
    const { actions } = await logged(portWith(async () => undefined));
    expect(actions[actions.length - 1]).toMatchObject({ type: 'calculationSucceeded', elapsedMs: 10 });
  });

  test("a refused write carries the calculation's result, the host's message and the time taken", async () => {
    const { actions } = await logged(
      portWith(async () => {
        throw new Error('Nothing was written. Sheet Indicators is protected.');
      }),
    );
    const failed = actions[actions.length - 1];
    expect(failed).toMatchObject({ type: 'calculationFailed', message: 'Nothing was written. Sheet Indicators is protected.', elapsedMs: 10 });
    expect(failed.type === 'calculationFailed' && failed.result?.indicators).toHaveLength(1);
  });
});
