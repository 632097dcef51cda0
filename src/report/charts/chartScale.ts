/** A "nice" axis from lo to hi: ticks at 1, 2 or 5 × a power of ten, covering the data. */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi === lo) {
    if (hi === 0) return [0, 1];
    [lo, hi] = hi > 0 ? [0, hi] : [hi, 0];
  }
  const raw = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Up to two decimals, thousands separated: 51.61, 1,611, 0.3. */
export function formatChartNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
