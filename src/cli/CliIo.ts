import { calculateWorkbook } from '../engine';
import { nodeWorkbookFiles, WorkbookFiles } from '../hosts/xlsx';

/** Everything the command line touches outside itself, so tests run it in-process and fail it on purpose. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly files: WorkbookFiles;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** The engine entry point (tests may substitute one). */
  readonly calculate: typeof calculateWorkbook;
}

export function defaultIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    calculate: calculateWorkbook,
    ...overrides,
    files: { ...nodeWorkbookFiles, ...overrides.files },
  };
}
