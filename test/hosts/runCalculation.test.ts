import { WriteFailedError, runCalculation } from '../../src/hosts/runCalculation';
import type { CalculationStep, WritePlan } from '../../src/engine';
import { portWith } from './oneIndicatorPort';

describe('runCalculation', () => {
  test('reports each step in order and writes the plan once', async () => {
    const steps: CalculationStep[] = [];
    const written: WritePlan[] = [];
    const result = await runCalculation(
      portWith(async (plan) => {
        written.push(plan);
      }),
      { onProgress: (step) => steps.push(step) },
    );
    expect(steps[0]).toBe('reading');
    expect(steps).toContain('writing');
    expect(steps[steps.length - 1]).toBe('done');
    expect(written).toEqual([result.plan]);
  });

  test('check only writes nothing', async () => {
    const write = jest.fn(async () => undefined);
    await runCalculation(portWith(write), { checkOnly: true });
    expect(write).not.toHaveBeenCalled();
  });

  test('a refused write keeps the result and the host message', async () => {
    const refusal = new Error('Sheet Indicators is protected; nothing was written.');
    const failure = await runCalculation(
      portWith(async () => {
        throw refusal;
      }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriteFailedError);
    expect((failure as WriteFailedError).message).toBe(refusal.message);
    expect((failure as WriteFailedError).cause).toBe(refusal);
    expect((failure as WriteFailedError).result.plan).toBeDefined();
  });
});
