import { readFileSync } from 'fs';
import { join } from 'path';
import { calculateWorkbook, cellAddress } from '../../src/engine';
import { loadXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { xlsxCellSnapshot } from '../hosts/xlsx/xlsxCellSnapshot';
import { folderWithSample, runCli } from './runCli';

/** The real engine on the sample workbook (seed 002, Appendix 1), end to end through the CLI. */
describe('safer-dashboard with the engine, on the sample workbook', () => {
  it('demo prints the twelve indicators, scored per the default rules', async () => {
    const { dir } = folderWithSample();
    const run = await runCli(['demo'], { cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    const table = lines.slice(4, 16);
    expect(table).toHaveLength(12);
    // Issue 2 acceptance: total crime 47.21 → 51.61 is +9.32%, ↓, Amber.
    expect(table[0]).toMatch(/Total Crime rate \(per 1,000 population\)\s+47\.21\s+51\.61\s+\+9\.32%\s+↓\s+A\b/);
    // Part-year and footnoted rows get no arrow and no RAG.
    for (const row of [table[5], table[6], table[8]]) {
      expect(row).not.toMatch(/[↑→↓]/);
      expect(row).not.toMatch(/\s[GAR](\s|$)/);
    }
    expect(table[5]).toMatch(/0\.82\s+0\.28 \(Q3 tracking\)/);
    expect(table[6]).toMatch(/124\s+83 \(April -Dec2016\)/);
    expect(table[7]).toMatch(/37% \(Jan2016-Dec2016\)\s+\S+\s+↑\s+G\b/);
    expect(table[10]).toMatch(/92\.7%\s+84\.5%\s+-8\.85%\s+↓\s+A\b/);
    expect(run.out).toMatch(/Indicators!D10\s+warning/);
    expect(run.out).toMatch(/Indicators!D11\s+warning/);
  }, 60_000);

  it('keeps an analyst\'s own sheet named Dashboard as it is and says why no Dashboard was written', async () => {
    const { dir, input } = folderWithSample();
    const workbook = await loadXlsx(input);
    const theirs = workbook.addWorksheet('Dashboard');
    theirs.getCell('A1').value = 'Board table for March, typed by hand';
    theirs.getCell('B3').value = 'Amber (agreed with the police)';
    await workbook.xlsx.writeFile(input);
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Dashboard!A1\s+warning\s+The workbook already has a sheet named "Dashboard" without the line Safer Dashboard puts/);
    const written = await loadXlsx(join(dir, 'out.xlsx'));
    const dashboardCells = (book: typeof workbook) => Object.entries(xlsxCellSnapshot(book)).filter(([address]) => address.startsWith('Dashboard!'));
    expect(dashboardCells(written)).toEqual(dashboardCells(workbook));
    expect(dashboardCells(written)).toHaveLength(2);
    expect(written.getWorksheet('Charts')?.getCell('A2').value).toMatch(/^Rebuilt by Safer Dashboard/);
  }, 60_000);

  it('leaves every input cell exactly as it was', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(input)).toEqual(original);
    const before = xlsxCellSnapshot(await loadXlsx(input));
    const after = xlsxCellSnapshot(await loadXlsx(join(dir, 'out.xlsx')));
    // The sample types Appendix 1's Nearest Neighbour and County Comparison columns; with a Peers
    // sheet they are output columns (contract §1), filled in place, so they are not inputs here.
    const plan = calculateWorkbook(await new XlsxHost(await loadXlsx(input)).readSheets()).plan;
    const filledInPlace = new Set(
      plan.columns.filter((c) => !c.writeHeader).flatMap((c) => c.cells.map((cell, i) => (cell ? `${c.sheet}!${cellAddress(c.firstRow + i, c.column)}` : ''))),
    );
    expect([...plan.columns].filter((c) => !c.writeHeader).map((c) => c.header)).toEqual(['Nearest Neighbour Comparison', 'County Comparison']);
    const inputs = Object.entries(before).filter(([address]) => !filledInPlace.has(address));
    expect(inputs.length).toBeGreaterThan(200);
    for (const [address, cell] of inputs) expect({ address, cell: after[address] }).toEqual({ address, cell });
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length + 12 * 4);
  }, 60_000);

  it('gives an identical workbook when calculated twice', async () => {
    const { dir, input } = folderWithSample();
    await runCli(['calculate', input, '--out', 'once.xlsx', '--validation-sheet'], { cwd: dir });
    await runCli(['calculate', 'once.xlsx', '--out', 'twice.xlsx', '--validation-sheet'], { cwd: dir });
    const once = await loadXlsx(join(dir, 'once.xlsx'));
    const twice = await loadXlsx(join(dir, 'twice.xlsx'));
    expect(twice.worksheets.map((s) => s.name)).toEqual(once.worksheets.map((s) => s.name));
    expect(xlsxCellSnapshot(twice)).toEqual(xlsxCellSnapshot(once));
  }, 60_000);
});
