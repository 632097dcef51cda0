/** The timing rule every bench figure uses, for the file I/O and the engine alike. */
import { performance } from 'perf_hooks';

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** Warm-up for at least this long (and at most MAX_WARM_UPS runs), as time-based harnesses do. */
const WARM_UP_MS = 2_000;
const MAX_WARM_UPS = 200;

/**
 * The median of `runs` timed runs after a warm-up: both sides of a ratio are measured the same way,
 * at steady state rather than during just-in-time compilation (the engine's once-per-workbook code
 * needs a dozen or more calls to be optimised), and one slow run on a busy machine does not decide it.
 */
export async function medianTime<T>(run: () => Promise<T> | T, runs = 7): Promise<{ ms: number; value: T }> {
  const warmUpStarted = performance.now();
  for (let i = 0; i < MAX_WARM_UPS && performance.now() - warmUpStarted < WARM_UP_MS; i++) await run();
  const results: { ms: number; value: T }[] = [];
  for (let i = 0; i < runs; i++) results.push(await time(run));
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(runs / 2)];
}
