const FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PRECISE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/**
 * A number for a Reason or message: thousands separated, at most two decimals ("9,800", "13.33",
 * "162"). When two decimals would round onto `bound` (a band edge) without being on it, six are
 * shown, so "216.001" never reads as "216" beside a HIGH rating.
 */
export function formatRiskNumber(value: number, bounds: ReadonlyArray<number> = []): string {
  const rounded = Math.round(value * 100) / 100;
  const misleading = bounds.some((b) => rounded === b && Math.abs(value - b) > 1e-9 * Math.max(1, Math.abs(b)));
  return (misleading ? PRECISE : FORMAT).format(value);
}
