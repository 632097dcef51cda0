import { existsSync } from 'fs';
import { join } from 'path';
import { loadXlsx } from '../../src/hosts/xlsx';
import { runCli, SAMPLE } from './runCli';
import { stubCalculate } from './stubCalculate';
import { tempFolder } from '../tempFolder';

describe('safer-dashboard demo', () => {
  it('calculates the sample into out/ and prints its twelve indicators', async () => {
    const cwd = tempFolder('demo');
    const run = await runCli(['demo'], { cwd, calculate: stubCalculate() });
    expect(run.code).toBe(0);
    const output = join(cwd, 'out', 'leicestershire-2016-17-calculated.xlsx');
    expect(existsSync(output)).toBe(true);
    expect(run.out).toMatch(/^Dashboard \(12 indicators\)/);
    const lines = run.out.split('\n');
    const table = lines.slice(2, lines.indexOf(''));
    expect(table).toHaveLength(14);
    expect(table[2]).toMatch(/^Ongoing reductions in crime\s+A\s+Total Crime rate \(per 1,000 population\)\s+47\.21\s+51\.61/);
    expect(table.some((line) => line.includes('0.28 (Q3 tracking)'))).toBe(true);
    expect(table.some((line) => line.includes('2003*') && line.includes('1611**'))).toBe(true);
    expect(run.out).toContain(`Calculated ${SAMPLE}\n  into ${output}`);
    const sheet = (await loadXlsx(output)).getWorksheet('Indicators')!;
    expect(sheet.getCell('K4').value).toBe('Change %');
  });
});
