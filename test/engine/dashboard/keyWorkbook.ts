import { CellValue, SheetGrid, calculateWorkbook } from '../../../src/engine';

const HEADER: CellValue[] = ['Outcome', 'Indicator', 'Polarity', 'Measure', 'Previous count', 'Previous denominator', 'Current count', 'Current denominator', 'Previous value', 'Current value'];

/**
 * Issue 7 repro, worked by hand. Burglary 100 → 112 per 100,000 is +12%: beyond the ±5% band (↓ by
 * tolerance) but a rate ratio of 1.12 on counts of about a hundred is not significant (95% CI
 * exp(ln 1.12 ± 1.96·√(1/100 + 1/112)) ≈ 0.86 to 1.47, the engine's exact 0.848 to 1.482: both
 * include 1), so → by significance. Theft
 * 10,000 → 10,400 per 100,000 is +4%: within the band (→ by tolerance) but significant
 * (exp(ln 1.04 ± 1.96·√(1/10000 + 1/10400)) = 1.012 to 1.069 excludes 1), so ↓ by significance.
 * Both are Amber: → is A, and ↓ by 4% is within the 15% red threshold.
 */
export const KEY_ROWS: CellValue[][] = [
  ['Crime', 'Burglary', 'Low is good', 'Rate per 100,000', 100, 100_000, 112, 100_000],
  ['Crime', 'Theft', 'Low is good', 'Rate per 100,000', 10_000, 100_000, 10_400, 100_000],
];

export function keyWorkbook(settings: CellValue[][], rows: CellValue[][] = KEY_ROWS) {
  const indicators: SheetGrid = { name: 'Indicators', values: [HEADER, ...rows] };
  const sheet: SheetGrid = { name: 'Settings', values: [['Setting', 'Value'], ...settings] };
  return calculateWorkbook([indicators, sheet]);
}
