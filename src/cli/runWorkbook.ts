import { basename, resolve } from 'path';
import type { CalculationResult } from '../engine';
import { loadXlsx, saveXlsxAtomically, WorkbookFileError, writeFileAtomically, XlsxHost } from '../hosts/xlsx';
import type { CliIo } from './CliIo';
import { EXIT_FILE, exitCodeFor, nothingRecognised } from './exitCodes';
import { JsonSummaryContext, jsonSummary } from './jsonSummary';

export interface RunWorkbookRequest {
  readonly command: 'calculate' | 'check' | 'demo' | 'report';
  readonly input: string;
  /** Where to save; absent validates only. Equal to `input` for --in-place. */
  readonly output?: string;
  /** Copy the input to `<input>.bak` before saving over it. */
  readonly backup?: boolean;
  readonly json?: string;
  readonly validationSheet?: boolean;
}

export interface RunWorkbookOutcome {
  readonly exitCode: number;
  readonly result: CalculationResult;
  readonly input: string;
  readonly output?: string;
}

/**
 * Load → calculate → (JSON) → (save) for one workbook. File problems throw WorkbookFileError, whose
 * message is the one sentence the user sees. A workbook with no recognisable sheet also exits 2.
 */
export async function runWorkbook(io: CliIo, request: RunWorkbookRequest): Promise<RunWorkbookOutcome> {
  const input = resolve(io.cwd, request.input);
  const output = request.output === undefined ? undefined : resolve(io.cwd, request.output);
  const workbook = await loadXlsx(input, io.files);
  const host = new XlsxHost(workbook);
  const result = io.calculate(await host.readSheets(), { writeValidationSheet: request.validationSheet === true });
  if (nothingRecognised(result)) {
    throw new WorkbookFileError(
      `Cannot calculate ${request.input}: no sheet has a recognisable header row (an Indicators sheet needs an "Indicator" column and a "Current value" column, or "Current count" with "Current denominator", within its first 20 rows).`,
      input,
    );
  }
  const exitCode = exitCodeFor(result);
  const writeSummary = async (context: Omit<JsonSummaryContext, 'command' | 'input'>) => {
    if (request.json === undefined) return;
    const summary = jsonSummary(result, { command: request.command, input, ...context });
    await writeFileAtomically(resolve(io.cwd, request.json), Buffer.from(`${JSON.stringify(summary, null, 2)}\n`, 'utf8'), io.files);
  };
  // The summary goes first: when it cannot be written, no workbook (least of all the input) has changed.
  await writeSummary({ output, exitCode });
  if (output !== undefined) {
    try {
      await host.write(result.plan);
      if (request.backup) await backUp(io, input);
      await saveXlsxAtomically(workbook, output, io.files);
    } catch (error) {
      // The summary then says what happened: nothing saved, exit code 2, and why.
      await writeSummary({ exitCode: EXIT_FILE, error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
      throw error;
    }
  }
  return { exitCode, result, input, output };
}

async function backUp(io: CliIo, input: string): Promise<void> {
  const backup = `${input}.bak`;
  try {
    await io.files.copyFile(input, backup);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new WorkbookFileError(
      `Cannot save the backup copy ${basename(backup)} (${code}), so ${basename(input)} was left as it was.`,
      backup,
      error,
    );
  }
}

export { EXIT_FILE };
