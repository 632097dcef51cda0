import type { CalculationResult } from '../../engine';
import { dashboardSection } from './dashboardSection';
import { districtsSection } from './districtsSection';
import { peersSection } from './peersSection';
import { riskSection } from './riskSection';
import { trendsSection } from './trendsSection';
import { findingsSection } from './findingsSection';
import type { SectionBuilder } from './ReportSection';
import { summarySection } from './summarySection';

/** The sections the demo prints, in order. Later sections (risk hierarchy, districts, peers, trends) go here. */
export const REPORT_SECTIONS: ReadonlyArray<SectionBuilder> = [dashboardSection, districtsSection, peersSection, trendsSection, riskSection, findingsSection, summarySection];

/** The whole terminal report: each section's title, underlined, then its lines. */
export function terminalReport(result: CalculationResult, sections: ReadonlyArray<SectionBuilder> = REPORT_SECTIONS): string {
  const blocks: string[] = [];
  for (const build of sections) {
    const section = build(result);
    if (!section) continue;
    blocks.push([section.title, '='.repeat(section.title.length), ...section.lines].join('\n'));
  }
  return blocks.join('\n\n');
}
