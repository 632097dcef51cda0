import { CalculationResult, riskHierarchyFor } from '../../engine';
import type { ReportSection } from './ReportSection';
import { TextColumn, textTable } from './textTable';

const COLUMNS: ReadonlyArray<TextColumn> = [
  { header: 'Rank', align: 'right' },
  { header: 'Category', maxWidth: 40 },
  { header: 'Probability', align: 'right' },
  { header: 'Harm', align: 'right' },
  { header: 'Score', align: 'right' },
  { header: 'Rating' },
];

/** The Risk Matrix's ranked hierarchy (seed 002 Appendix 2), highest risk first, NO DATA last, with its notes. */
export function riskSection(result: CalculationResult): ReportSection | undefined {
  const hierarchy = riskHierarchyFor(result);
  if (!hierarchy) return undefined;
  const rows = hierarchy.rows.map((r) => [r.rank, r.category, r.probability, r.harm, r.score, r.rating]);
  return {
    title: `Risk hierarchy (${hierarchy.rows.length} categories)`,
    lines: [...textTable(COLUMNS, rows), '', ...hierarchy.footnotes],
  };
}
