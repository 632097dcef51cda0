/**
 * The engine's bench timing, in a Node process that holds only the compiled engine and the grids
 * (as the add-in's JavaScript does inside Excel). Timed in the same process as the ExcelJS read,
 * the engine's figures jumped from one bench run to the next (the 7 × 20 × 12 workbook between 3.5
 * and 7.8 ms): some runs inherited a garbage-collector state from reading the file in which every
 * collection moved the engine's live output to the old generation.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { deserialize, serialize } from 'v8';
import type { SheetGrid } from '../src/engine';
import { medianTime } from './bench-timing';

/** What the engine process reports: its median time and the counts the bench tables show. */
export interface EngineTiming {
  readonly ms: number;
  readonly indicators: number;
  readonly risk: number;
  readonly districts: number;
  readonly trends: number;
  readonly heapUsedBytes: number;
}

/**
 * The engine's median time on `grids` over `runs` timed runs (after the usual warm-up). The grids go
 * over by V8's structured serialisation, which keeps them exactly, undefined number formats included.
 */
export function engineTime(grids: ReadonlyArray<SheetGrid>, runs: number): EngineTiming {
  const dir = mkdtempSync(join(tmpdir(), 'safer-bench-'));
  try {
    const file = join(dir, 'grids.bin');
    writeFileSync(file, serialize(grids));
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, file, String(runs)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr.trim().split('\n').pop() || 'the engine process failed');
    return JSON.parse(child.stdout) as EngineTiming;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As its own process: times calculateWorkbook on the grids file and prints an EngineTiming. */
async function timeEngineOnFile(file: string, runs: number): Promise<void> {
  // The tsc build in dist/, as it ships, not the TypeScript transform running this script.
  const { calculateWorkbook } = require('../dist/engine') as typeof import('../src/engine');
  const grids = deserialize(readFileSync(file)) as SheetGrid[];
  const engine = await medianTime(() => calculateWorkbook(grids), runs);
  const result = engine.value;
  const timing: EngineTiming = {
    ms: engine.ms,
    indicators: result.summary.indicators,
    risk: result.risk?.length ?? 0,
    districts: result.districts?.length ?? 0,
    trends: result.trends?.length ?? 0,
    heapUsedBytes: process.memoryUsage().heapUsed,
  };
  process.stdout.write(JSON.stringify(timing));
}

if (require.main === module) {
  timeEngineOnFile(process.argv[2], Number(process.argv[3])).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
