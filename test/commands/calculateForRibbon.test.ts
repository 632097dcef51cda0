import { calculateForRibbon, describeRun } from '../../src/commands/calculateForRibbon';
import { calculateWorkbook, type WritePlan } from '../../src/engine';
import type { WorkbookPort } from '../../src/hosts/WorkbookPort';
import { sampleResult } from '../taskpane/sampleResult';
import { ONE_INDICATOR } from '../hosts/oneIndicatorPort';

const at = () => new Date('2017-06-08T10:00:00Z');

describe('calculateForRibbon', () => {
  test('describes a result in one line, with plurals', () => {
    expect(describeRun(sampleResult)).toBe('Calculated 12 indicators: 2 errors, 2 warnings.');
    expect(describeRun({ ...sampleResult, summary: { indicators: 1, outcomes: 1, errors: 1, warnings: 0 } })).toBe(
      'Calculated 1 indicator: 1 error, 0 warnings.',
    );
    // The pane's status line, announced to screen readers: the time and what was found.
    expect(describeRun(sampleResult, '172 ms')).toBe('Calculated 12 indicators in 172 ms: 2 errors, 2 warnings.');
    // A workbook with only a Risk Matrix is calculated too: say which sheet, not "0 indicators".
    const riskOnly = calculateWorkbook([{ name: 'Risk Matrix', values: [['Category', 'Volume', 'Probability', 'Harm (Police)'], ['Domestic abuse', 9812, 15, 16]] }]);
    expect(describeRun(riskOnly, '40 ms')).toBe('Calculated the Risk Matrix sheet in 40 ms: 0 errors, 0 warnings.');
  });

  test('a successful run reads, writes once and reports ok', async () => {
    const writes: WritePlan[] = [];
    const port: WorkbookPort = { readSheets: async () => ONE_INDICATOR, write: async (plan) => void writes.push(plan) };
    const run = await calculateForRibbon(port, at);
    expect(run).toMatchObject({ ok: true, at: '2017-06-08T10:00:00.000Z' });
    expect(run.message).toMatch(/^Calculated \d+ indicators?: \d+ errors?, \d+ warnings?\.$/);
    expect(writes).toHaveLength(1);
  });

  test('a refused write is reported, never thrown', async () => {
    const port: WorkbookPort = {
      readSheets: async () => ONE_INDICATOR,
      write: async () => {
        throw new Error('Nothing was written. Sheet Indicators is protected.');
      },
    };
    await expect(calculateForRibbon(port, at)).resolves.toEqual({
      at: '2017-06-08T10:00:00.000Z',
      ok: false,
      message: 'Nothing was written. Sheet Indicators is protected.',
    });
  });
});
