import { join } from 'path';
import { loadXlsx } from '../../src/hosts/xlsx';
import { xlsxCellSnapshot } from '../hosts/xlsx/xlsxCellSnapshot';
import { folderWithSample, runCli } from './runCli';

type Workbook = Awaited<ReturnType<typeof loadXlsx>>;
const cellsOf = (book: Workbook, sheet: string) => Object.entries(xlsxCellSnapshot(book)).filter(([address]) => address.startsWith(`${sheet}!`));

/** Issue 5: a Dashboard the add-in wrote, renamed and kept, is read as input nowhere and written nowhere. */
describe('safer-dashboard on a workbook keeping last quarter\'s Dashboard under another name', () => {
  it('calculates again, leaves the kept copy cell for cell as it was, and draws the new Dashboard with each indicator once', async () => {
    const { dir, input } = folderWithSample();
    const first = await runCli(['calculate', input, '--out', 'first.xlsx'], { cwd: dir });
    expect(first.code).toBe(0);
    const book = await loadXlsx(join(dir, 'first.xlsx'));
    const dashboard = book.getWorksheet('Dashboard')!;
    const dashboardRows = dashboard.rowCount;
    const merges = [...((dashboard.model as { merges?: string[] }).merges ?? [])].sort();
    // The outcome and Overall RAG cells are merged over their indicators: reading the copy as an
    // Indicators sheet made the whole calculation refuse to write over them.
    expect(merges.length).toBeGreaterThan(1);
    dashboard.name = 'Q3 Dashboard (kept)';
    await book.xlsx.writeFile(join(dir, 'kept.xlsx'));
    const kept = await loadXlsx(join(dir, 'kept.xlsx'));

    const again = await runCli(['calculate', 'kept.xlsx', '--out', 'again.xlsx'], { cwd: dir });
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/'Q3 Dashboard \(kept\)'!A2\s+warning\s+The sheet "Q3 Dashboard \(kept\)" was made by the add-in .* so it is not read as input and is left as it is/);
    // The sample's 12 indicators in 5 outcomes, not 24 (each counted again from the copy); the first
    // run's 6 warnings and the one about the copy.
    expect(again.out).toMatch(/^12 indicators in 5 outcomes; 0 errors, 7 warnings\.$/m);

    const written = await loadXlsx(join(dir, 'again.xlsx'));
    expect(cellsOf(written, 'Q3 Dashboard (kept)')).toEqual(cellsOf(kept, 'Q3 Dashboard (kept)'));
    const copy = written.getWorksheet('Q3 Dashboard (kept)')!;
    expect([...((copy.model as { merges?: string[] }).merges ?? [])].sort()).toEqual(merges);
    expect(copy.columnCount).toBe(dashboard.columnCount);
    // The new Dashboard is the same table as the first one: one row per indicator.
    const fresh = written.getWorksheet('Dashboard')!;
    expect(fresh.rowCount).toBe(dashboardRows);
    expect(cellsOf(written, 'Dashboard')).toEqual(cellsOf(await loadXlsx(join(dir, 'first.xlsx')), 'Dashboard'));
  }, 60_000);
});
