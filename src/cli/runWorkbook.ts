import { basename, resolve } from 'path';
import { type CalculationResult, NOTHING_RECOGNISED, nothingRecognised } from '../engine';
import { loadXlsxForSaving, saveXlsxAtomically, WorkbookFileError, writeFileAtomically, writeTarget, XlsxHost } from '../hosts/xlsx';
import type { CliIo } from './CliIo';
import { EXIT_FILE, exitCodeFor } from './exitCodes';
import { JsonSummaryContext, jsonSummary } from './jsonSummary';
import { findingLines } from './report/findingsSection';
import { sameFile } from './sameFile';

export interface RunWorkbookRequest {
  readonly command: 'calculate' | 'check' | 'demo' | 'report';
  readonly input: string;
  /** Where to save; absent validates only. Equal to `input` for --in-place. */
  readonly output?: string;
  /** Copy the input to a backup beside it before saving over it (--in-place); see backUp. */
  readonly backup?: boolean;
  readonly json?: string;
  readonly validationSheet?: boolean;
}

export interface RunWorkbookOutcome {
  readonly exitCode: number;
  readonly result: CalculationResult;
  readonly input: string;
  readonly output?: string;
  /** What the saved copy lacks that the input has ("charts", "macros"…); empty when nothing was lost. */
  readonly lost: ReadonlyArray<string>;
  /** The backup copy written (--in-place): `<input>.bak`, or `<input>.1.bak`… when that exists. */
  readonly backup?: string;
}

/**
 * Load → calculate → (JSON) → (save) for one workbook. File problems throw WorkbookFileError, whose
 * message is the one sentence the user sees. A workbook with no recognisable sheet also exits 2.
 */
export async function runWorkbook(io: CliIo, request: RunWorkbookRequest): Promise<RunWorkbookOutcome> {
  const input = resolve(io.cwd, request.input);
  const output = request.output === undefined ? undefined : resolve(io.cwd, request.output);
  const json = request.json === undefined ? undefined : resolve(io.cwd, request.json);
  await refuseOverwriting(io, request, { input, output, json });
  const { workbook, lostOnSave } = await loadXlsxForSaving(input, io.files);
  const host = new XlsxHost(workbook);
  const result = io.calculate(await host.readSheets(), { writeValidationSheet: request.validationSheet === true });
  const writeSummary = async (context: Omit<JsonSummaryContext, 'command' | 'input'>) => {
    if (json === undefined) return;
    const summary = jsonSummary(result, { command: request.command, input, ...context });
    await writeFileAtomically(json, Buffer.from(`${JSON.stringify(summary, null, 2)}\n`, 'utf8'), io.files);
  };
  if (nothingRecognised(result)) {
    const message = `Cannot calculate ${request.input}: ${NOTHING_RECOGNISED}.`;
    // The findings (V015 names the sheet, the headers looked for and those seen) say what to change.
    if (result.findings.length > 0) io.stdout(findingLines(result.findings).join('\n'));
    await writeSummary({ exitCode: EXIT_FILE, error: message });
    throw new WorkbookFileError(message, input);
  }
  const exitCode = exitCodeFor(result);
  const lost = output === undefined ? [] : lostOnSave;
  if (output !== undefined) {
    if (request.backup && lost.length > 0) {
      throw new WorkbookFileError(
        `Refusing to calculate ${request.input} in place: saving it here would drop its ${listed(lost)}; use --out <file> to write a calculated copy (the original keeps them), or calculate inside Excel with the add-in, which keeps them.`,
        input,
      );
    }
    // A read-only destination is refused before the summary or the backup is written.
    await writeTarget(output, io.files);
  }
  // The summary goes first: when it cannot be written, no workbook (least of all the input) has changed.
  await writeSummary({ output, exitCode, lost });
  let backup: string | undefined;
  if (output !== undefined) {
    try {
      await host.write(result.plan);
      if (request.backup) backup = await backUp(io, input);
      await saveXlsxAtomically(workbook, output, io.files);
    } catch (error) {
      // The summary then says what happened: nothing saved, exit code 2, and why.
      await writeSummary({ exitCode: EXIT_FILE, error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
      throw error;
    }
  }
  return { exitCode, result, input, output, lost, backup };
}

/** The warning printed after saving a copy that lacks parts of the input. */
export function lostPartsWarning(outcome: RunWorkbookOutcome): string | undefined {
  if (outcome.lost.length === 0 || outcome.output === undefined) return undefined;
  return `Warning: ${basename(outcome.output)} lacks the ${listed(outcome.lost)} of ${basename(outcome.input)}, which this command line cannot keep; ${basename(outcome.input)} is unchanged (calculate inside Excel with the add-in to keep them).`;
}

/** "charts", "charts and macros", "charts, pivot tables and macros". */
function listed(parts: ReadonlyArray<string>): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Refuses, before anything is read or written, to write the summary or a copy over the input, or the summary over the copy. */
async function refuseOverwriting(io: CliIo, request: RunWorkbookRequest, paths: { input: string; output?: string; json?: string }): Promise<void> {
  const { input, output, json } = paths;
  if (json !== undefined && (await sameFile(json, input, io.files))) {
    throw new WorkbookFileError(
      `Refusing to write the --json summary over ${request.json}, the workbook being read: name another file, e.g. --json summary.json.`,
      json,
    );
  }
  if (json !== undefined && output !== undefined && (json === output || (await sameFile(json, output, io.files)))) {
    throw new WorkbookFileError(
      `Refusing to write the --json summary over ${request.json}, where the calculated workbook is saved: name another file, e.g. --json summary.json.`,
      json,
    );
  }
  if (output !== undefined && !request.backup && (await sameFile(output, input, io.files))) {
    const instead = request.command === 'calculate' ? 'use --in-place to calculate it in place (a .bak copy is kept first), or name another --out file' : 'name another --out file';
    throw new WorkbookFileError(`Refusing to save the calculated workbook over ${request.output}, the workbook being read: ${instead}.`, output);
  }
}

/** How many numbered backups are tried before giving up (so a broken file system cannot loop forever). */
const MAX_BACKUPS = 10_000;

/**
 * Copies the input to the first free backup name beside it: `<file>.bak`, then `<file>.1.bak`,
 * `<file>.2.bak`…, and returns the name used. An existing backup is never replaced, so the first
 * run's `<file>.bak` stays the workbook as it was before the command line ever touched it.
 */
async function backUp(io: CliIo, input: string): Promise<string> {
  for (let n = 0; n < MAX_BACKUPS; n++) {
    const backup = n === 0 ? `${input}.bak` : `${input}.${n}.bak`;
    try {
      await io.files.copyFile(input, backup);
      return backup;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      if (code === 'EEXIST') continue;
      throw new WorkbookFileError(
        `Cannot save the backup copy ${basename(backup)} (${code}), so ${basename(input)} was left as it was.`,
        backup,
        error,
      );
    }
  }
  throw new WorkbookFileError(
    `Cannot save a backup copy of ${basename(input)}: ${basename(input)}.bak to ${basename(input)}.${MAX_BACKUPS - 1}.bak all exist, so ${basename(input)} was left as it was. Move old backups elsewhere and try again.`,
    input,
  );
}

export { EXIT_FILE };
