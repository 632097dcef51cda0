import type { CalculationResult } from '../../engine';

/** One titled block of the terminal report (dashboard, findings, summary; later risk, districts, trends). */
export interface ReportSection {
  readonly title: string;
  readonly lines: ReadonlyArray<string>;
}

/** Builds a section from a result, or nothing when the result has no content for it. */
export type SectionBuilder = (result: CalculationResult) => ReportSection | undefined;
