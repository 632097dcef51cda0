import type { CalculationResult } from '../../engine';
import type { ReportSection } from './ReportSection';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: how many indicators and outcomes were calculated, and how many errors and warnings. */
export function summaryLine(result: CalculationResult): string {
  const { summary } = result;
  return `${plural(summary.indicators, 'indicator')} in ${plural(summary.outcomes, 'outcome')}; ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}.`;
}

export function summarySection(result: CalculationResult): ReportSection {
  return { title: 'Summary', lines: [summaryLine(result)] };
}
