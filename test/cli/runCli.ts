import { copyFileSync } from 'fs';
import { join, resolve } from 'path';
import type { CliIo } from '../../src/cli/CliIo';
import { main } from '../../src/cli/main';
import { tempFolder } from '../tempFolder';

export const SAMPLE = resolve(__dirname, '..', '..', 'examples', 'leicestershire-2016-17.xlsx');

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process, capturing what it prints. */
export async function runCli(argv: string[], overrides: Partial<CliIo> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...overrides });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh temporary folder holding a copy of the sample workbook as dashboard.xlsx. */
export function folderWithSample(): { dir: string; input: string } {
  const dir = tempFolder('cli');
  const input = join(dir, 'dashboard.xlsx');
  copyFileSync(SAMPLE, input);
  return { dir, input };
}

/** True when no line of the text looks like a stack frame. */
export const noStackTrace = (text: string) => !/^\s+at /m.test(text);
