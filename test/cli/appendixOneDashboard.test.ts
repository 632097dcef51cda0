import ExcelJS from 'exceljs';
import { join } from 'path';
import { tempFolder } from '../tempFolder';
import { runCli } from './runCli';

/** Issue 5: the board paper's Appendix 1 (seed 002) typed on a sheet named Dashboard is the analyst's input. */
describe('safer-dashboard check on a workbook whose only indicator sheet is named Dashboard', () => {
  it('reads it as the indicators and says why no Dashboard is written, never that no header row was found', async () => {
    const dir = tempFolder('cli');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Dashboard');
    sheet.addRows([
      ['Appendix 1 - Safer Communities Performance Dashboard Quarter 4, 2016/17'],
      [],
      ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Current Direction of Travel', 'Progress', 'Nearest Neighbour Comparison', 'County Comparison', 'District Comparison'],
      ['Ongoing reductions in crime', 'A', 'Total Crime rate (per 1,000 population)', 47.21, 51.61, '↓', 'A', '4/9', 'Top', null],
      [null, null, 'Vehicle Crime rate (per 1,000 population)', 7.07, 7.29, '→', 'A', '5/9', 'Average', null],
    ]);
    await book.xlsx.writeFile(join(dir, 'appendix.xlsx'));
    const run = await runCli(['check', 'appendix.xlsx'], { cwd: dir });
    expect(run.out + run.err).not.toMatch(/no sheet has a recognisable header row/);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Dashboard!A1\s+warning\s+The workbook already has a sheet named "Dashboard"/);
    expect(run.out).toMatch(/2 indicators in 1 outcome/);
  }, 60_000);
});
