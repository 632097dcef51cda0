#!/usr/bin/env node
import { basename } from 'path';
import { WorkbookFileError } from '../hosts/xlsx';
import { WriteRefusedError } from '../hosts/WriteRefusedError';
import { CliIo, defaultIo } from './CliIo';
import { EXIT_FILE } from './exitCodes';
import { parseCommand, USAGE } from './parseCommand';
import { findingLines } from './report/findingsSection';
import { summaryLine } from './report/summarySection';
import { runDemo } from './runDemo';
import { runReport } from './runReport';
import { lostPartsWarning, runWorkbook } from './runWorkbook';
import { UsageError } from './UsageError';

/**
 * The safer-dashboard command line. Returns the exit code instead of exiting, so tests run it
 * in-process: 0 clean (warnings allowed), 1 findings of severity error, 2 the command could not run
 * (a usage error, or a file could not be read or written).
 */
export async function main(argv: ReadonlyArray<string>, overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'demo':
        return await runDemo(io, command);
      case 'report':
        return await runReport(io, command);
      case 'check': {
        const { result, exitCode } = await runWorkbook(io, { command: 'check', input: command.input, json: command.json });
        if (result.findings.length > 0) io.stdout(findingLines(result.findings).join('\n'));
        io.stdout(summaryLine(result));
        return exitCode;
      }
      case 'calculate': {
        const output = command.inPlace ? command.input : command.out;
        const outcome = await runWorkbook(io, {
          command: 'calculate',
          input: command.input,
          output,
          backup: command.inPlace,
          json: command.json,
          validationSheet: command.validationSheet,
        });
        const { result, exitCode } = outcome;
        if (result.findings.length > 0) io.stdout(findingLines(result.findings).join('\n'));
        io.stdout(summaryLine(result));
        io.stdout(`Saved ${outcome.output ?? ''}${outcome.backup ? ` (the workbook as it was before this run is kept as ${basename(outcome.backup)})` : ''}.`);
        const warning = lostPartsWarning(outcome);
        if (warning) io.stderr(warning);
        return exitCode;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      io.stderr('Run safer-dashboard --help for usage.');
      return EXIT_FILE;
    }
    if (error instanceof WorkbookFileError || error instanceof WriteRefusedError) {
      io.stderr(error.message);
      return EXIT_FILE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`Unexpected problem: ${message.split('\n')[0]} (please report it; run with --debug to see the details).`);
    if (argv.includes('--debug') && error instanceof Error && error.stack) io.stderr(error.stack);
    return EXIT_FILE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
