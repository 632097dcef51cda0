import { basename, dirname, extname, join, resolve } from 'path';
import { writeFileAtomically } from '../hosts/xlsx';
import type { CliIo } from './CliIo';
import { renderReportFile } from './report/renderReportFile';
import { terminalReport } from './report/terminalReport';
import { lostPartsWarning, runWorkbook } from './runWorkbook';

/** The sample workbook shipped in examples/ (this file sits in src/cli or dist/cli). */
export const SAMPLE_WORKBOOK = resolve(__dirname, '..', '..', 'examples', 'leicestershire-2016-17.xlsx');

/**
 * Calculates the sample into out/<sample>-calculated.xlsx, prints the dashboard, risk hierarchy,
 * findings and summary, and writes the board report beside it as out/<sample>-report.html and .docx.
 */
export async function runDemo(io: CliIo, options: { sample?: string; out?: string; json?: string }): Promise<number> {
  const sample = options.sample ?? SAMPLE_WORKBOOK;
  const output = options.out ?? join(io.cwd, 'out', `${basename(sample, extname(sample))}-calculated.xlsx`);
  await io.files.mkdir(dirname(resolve(io.cwd, output))).catch(() => undefined);
  const outcome = await runWorkbook(io, { command: 'demo', input: sample, output, json: options.json });
  io.stdout(terminalReport(outcome.result));
  io.stdout('');
  io.stdout(`Calculated ${outcome.input}\n  into ${outcome.output ?? ''}`);
  const warning = lostPartsWarning(outcome);
  if (warning) io.stderr(warning);
  const folder = dirname(resolve(io.cwd, output));
  const stem = basename(sample, extname(sample));
  for (const format of ['html', 'docx'] as const) {
    const path = join(folder, `${stem}-report.${format}`);
    await writeFileAtomically(path, await renderReportFile(outcome.result, format), io.files);
    io.stdout(`Board report: ${path}`);
  }
  return outcome.exitCode;
}
