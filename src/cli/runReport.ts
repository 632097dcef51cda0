import { resolve } from 'path';
import { WorkbookFileError, writeFileAtomically } from '../hosts/xlsx';
import type { CliIo } from './CliIo';
import { findingLines } from './report/findingsSection';
import { ReportFormat, renderReportFile } from './report/renderReportFile';
import { summaryLine } from './report/summarySection';
import { runWorkbook } from './runWorkbook';
import { sameFile } from './sameFile';

/**
 * Calculates a workbook (without saving it) and writes the board report as HTML, Word or Markdown,
 * atomically. Exit codes as for calculate: 1 when a finding is an error (the report is still
 * written, with those rows blank), 2 when a file cannot be read or written.
 */
export async function runReport(io: CliIo, command: { input: string; format: ReportFormat; out: string }): Promise<number> {
  const output = resolve(io.cwd, command.out);
  if (await sameFile(output, resolve(io.cwd, command.input), io.files)) {
    throw new WorkbookFileError(
      `Refusing to write the report over ${command.out}, the workbook being read: name another file, e.g. --out board-report.${command.format}.`,
      output,
    );
  }
  const { result, exitCode } = await runWorkbook(io, { command: 'report', input: command.input });
  await writeFileAtomically(output, await renderReportFile(result, command.format), io.files);
  if (result.findings.length > 0) io.stdout(findingLines(result.findings).join('\n'));
  io.stdout(summaryLine(result));
  io.stdout(`Saved ${output}.`);
  return exitCode;
}
