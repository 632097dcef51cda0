import { NothingToCalculateError, WriteFailedError, runCalculation } from '../../src/hosts/runCalculation';
import { calculateForRibbon } from '../../src/commands/calculateForRibbon';
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

  describe('a workbook with no sheet the add-in recognises', () => {
    const write = jest.fn(async () => undefined);
    const port = { readSheets: async () => [{ name: 'Sheet1', values: [['Name', 'Age'], ['Bob', 3]] }], write };

    test('is a failure naming the header row needed, not a clean run of 0 indicators, and nothing is written', async () => {
      const failure = await runCalculation(port).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(NothingToCalculateError);
      expect((failure as Error).message).toBe(
        'Nothing was calculated: no sheet has a recognisable header row (an Indicators sheet needs an "Indicator" column and a "Current value" column, or "Current count" with "Current denominator", within its first 20 rows).',
      );
      expect((failure as NothingToCalculateError).result.summary.indicators).toBe(0);
      expect(write).not.toHaveBeenCalled();
    });

    test('the ribbon says so too', async () => {
      const run = await calculateForRibbon(port, () => new Date(0));
      expect(run).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was calculated: no sheet has a recognisable header row/) });
    });
  });
});
