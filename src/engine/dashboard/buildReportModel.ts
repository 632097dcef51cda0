import type { CalculationResult, IndicatorResult, Rag } from '../CalculationResult';
import { RiskHierarchy, riskHierarchyFor } from './buildRiskHierarchy';
import { NOT_LIKE_FOR_LIKE_MARK, RAG_NAMES } from './ragStyle';

export type ReportColumnKey =
  | 'outcome'
  | 'overallRag'
  | 'indicator'
  | 'previous'
  | 'current'
  | 'direction'
  | 'progress'
  | 'nearestNeighbour'
  | 'countyComparison'
  | 'districtComparison';

export interface ReportColumn {
  readonly key: ReportColumnKey;
  readonly header: string;
  /** Width in Excel character units (renderers scale it). */
  readonly width: number;
  readonly align: 'left' | 'center';
}

export interface ReportCell {
  /** Plain text, never markup; every renderer escapes it for its format. */
  readonly text: string;
  readonly rag?: Rag;
  /** Rows this cell spans (1 = no merge). */
  readonly rowSpan: number;
  /** True when the cell lies under a merged cell above it; renderers that merge skip it. */
  readonly covered: boolean;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align: 'left' | 'center';
}

export interface ReportRow {
  readonly indicator: IndicatorResult;
  readonly cells: ReadonlyArray<ReportCell>;
}

export interface KeyEntry {
  /** An arrow, a RAG letter or the not-like-for-like mark. */
  readonly symbol: string;
  readonly rag?: Rag;
  readonly meaning: string;
}

export interface ReportNote {
  readonly indicator: string;
  readonly reason: string;
}

export interface ReportModel {
  readonly title: string;
  readonly period?: string;
  /** Title and period on one line, e.g. "Safer Communities Performance Dashboard – Quarter 4, 2016/17". */
  readonly heading: string;
  readonly columns: ReadonlyArray<ReportColumn>;
  readonly rows: ReadonlyArray<ReportRow>;
  /** Footnotes as typed under the Indicators table, then one ‡ line per not-like-for-like row. */
  readonly footnotes: ReadonlyArray<string>;
  readonly key: ReadonlyArray<KeyEntry>;
  /** Why each arrow and colour was given, one per indicator. */
  readonly notes: ReadonlyArray<ReportNote>;
  /** The Risk Matrix's ranked hierarchy (issue 4 §6), drawn after the key; absent without rated risk rows. */
  readonly risk?: RiskHierarchy;
}

export interface ReportOptions {
  readonly title?: string;
  /** The reporting period for the title, e.g. "Quarter 4, 2016/17"; default reportingPeriod(result). */
  readonly period?: string;
  /** Stable band used by the engine, as a fraction (default the result's settings, else 0.05); only phrases the key. */
  readonly stableTolerance?: number;
  /** Deterioration beyond which a row is Red, as a fraction (default the result's settings, else 0.15); only phrases the key. */
  readonly redThreshold?: number;
}

export const DEFAULT_REPORT_TITLE = 'Safer Communities Performance Dashboard';

const NOT_LIKE_FOR_LIKE_TEXT = `${NOT_LIKE_FOR_LIKE_MARK} Not like-for-like`;

/** The most common period label on one side, so the header can carry it as Appendix 1 does. */
function commonPeriod(indicators: ReadonlyArray<IndicatorResult>, side: 'previous' | 'current'): string | undefined {
  const counts = new Map<string, number>();
  // Counted a run at a time (rows of one period usually sit together); a period still enters the
  // map in order of first appearance, so ties go to the same period as ever.
  let run: string | undefined;
  let runLength = 0;
  for (const indicator of indicators) {
    const period = indicator[side].period?.trim();
    if (!period) continue;
    if (period === run) {
      runLength++;
      continue;
    }
    if (run !== undefined) counts.set(run, (counts.get(run) ?? 0) + runLength);
    run = period;
    runLength = 1;
  }
  if (run !== undefined) counts.set(run, (counts.get(run) ?? 0) + runLength);
  let best: string | undefined;
  let bestCount = 0;
  for (const [period, count] of counts) {
    if (count > bestCount) [best, bestCount] = [period, count];
  }
  return best;
}

/**
 * The reporting period for a title: the most common Current period label of the indicators ("2016-17"
 * from a "Current Year (2016-17)" header). A quarter ("Quarter 4") cannot be told from the figures.
 */
export function reportingPeriod(result: CalculationResult): string | undefined {
  return commonPeriod(result.indicators, 'current');
}

function withPeriod(header: string, period: string | undefined): string {
  return period ? `${header} (${period})` : header;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function keyEntries(stable: number, red: number): KeyEntry[] {
  return [
    { symbol: '↑', meaning: `Improving: performance got better by more than ${percent(stable)} (for crime rates, the rate fell).` },
    { symbol: '→', meaning: `Stable: the change was within ±${percent(stable)}.` },
    { symbol: '↓', meaning: `Deteriorating: performance got worse by more than ${percent(stable)} (for crime rates, the rate rose).` },
    { symbol: 'G', rag: 'G', meaning: `${RAG_NAMES.G}: improving, the target met, or inside the expected range.` },
    {
      symbol: 'A',
      rag: 'A',
      meaning: `${RAG_NAMES.A}: stable, or worse by no more than ${percent(red)}; a target missed by no more than ${percent(stable)}; or just outside the expected range.`,
    },
    {
      symbol: 'R',
      rag: 'R',
      meaning: `${RAG_NAMES.R}: worse by more than ${percent(red)}, a target missed by more than ${percent(stable)}, or well outside the expected range.`,
    },
    {
      symbol: 'Overall',
      meaning: "Overall Progress RAG: the outcome's indicator colours combined (by default G = 3, A = 2, R = 1, averaged and rounded half up).",
    },
    {
      symbol: NOT_LIKE_FOR_LIKE_MARK,
      meaning: 'Not like-for-like: the two figures cover different periods or are marked as estimated or not comparable, so no arrow or colour is given.',
    },
  ];
}

/** Built field by field (no spread): the Dashboard makes ten per indicator. */
function cell(text: string, align: 'left' | 'center', rowSpan = 1, bold = false, italic = false): ReportCell {
  return { text, rowSpan, covered: false, bold, italic, align };
}

function ragCell(rag: Rag | undefined, rowSpan = 1): ReportCell {
  return rag ? { text: rag, rowSpan, covered: false, bold: true, italic: false, align: 'center', rag } : cell('', 'center', rowSpan);
}

/** The cells under an outcome's merged name and Overall RAG; never changed, so shared by every row. */
const COVERED_LEAD: ReadonlyArray<ReportCell> = [
  Object.freeze({ text: '', rowSpan: 1, covered: true, bold: false, italic: false, align: 'left' }),
  Object.freeze({ text: '', rowSpan: 1, covered: true, bold: false, italic: false, align: 'center' }),
];

function comparison(text: string | undefined): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? '-' : trimmed;
}

/**
 * The board's Appendix 1 table as plain data: one row per indicator in sheet order, each outcome's
 * name and Overall Progress RAG spanning its consecutive rows. Every renderer (Dashboard sheet,
 * HTML, Markdown, plain text, Word) draws this one model, so the layout logic lives here only.
 */
export function buildReportModel(result: CalculationResult, options: ReportOptions = {}): ReportModel {
  const title = options.title?.trim() || DEFAULT_REPORT_TITLE;
  const indicators = result.indicators;
  const currentPeriod = commonPeriod(indicators, 'current'); // reportingPeriod(result)
  const period = options.period?.trim() || currentPeriod;
  // Widths let the longest header word ("Comparison", "Direction") sit on one line in a landscape Word table.
  const columns: ReportColumn[] = [
    { key: 'outcome', header: 'Outcomes', width: 24, align: 'left' },
    { key: 'overallRag', header: 'Overall Progress RAG', width: 13, align: 'center' },
    { key: 'indicator', header: 'Supporting Indicators', width: 42, align: 'left' },
    { key: 'previous', header: withPeriod('Previous', commonPeriod(indicators, 'previous')), width: 14, align: 'center' },
    { key: 'current', header: withPeriod('Current', currentPeriod), width: 14, align: 'center' },
    { key: 'direction', header: 'Direction of Travel', width: 14, align: 'center' },
    { key: 'progress', header: 'Progress', width: 13, align: 'center' },
    { key: 'nearestNeighbour', header: 'Nearest Neighbour Comparison', width: 17, align: 'center' },
    { key: 'countyComparison', header: 'County Comparison', width: 17, align: 'center' },
    { key: 'districtComparison', header: 'District Comparison', width: 30, align: 'left' },
  ];

  const overallByOutcome = new Map(result.outcomes.map((o) => [o.outcome, o.overallRag]));
  const rows: ReportRow[] = [];
  let start = 0;
  while (start < indicators.length) {
    const outcome = indicators[start].outcome;
    let end = start + 1;
    while (end < indicators.length && indicators[end].outcome === outcome) end++;
    const span = end - start;
    const overall = overallByOutcome.get(outcome) ?? indicators[start].overallRag;
    for (let i = start; i < end; i++) {
      const indicator = indicators[i];
      const lead = i === start ? [cell(outcome, 'left', span, true), ragCell(overall, span)] : COVERED_LEAD;
      const direction = indicator.notLikeForLike
        ? cell(NOT_LIKE_FOR_LIKE_TEXT, 'center', 1, false, true)
        : cell(indicator.direction ?? '', 'center', 1, indicator.direction !== undefined);
      rows.push({
        indicator,
        cells: [
          lead[0],
          lead[1],
          cell(indicator.indicator, 'left'),
          cell(indicator.previous.display, 'center'),
          cell(indicator.current.display, 'center'),
          direction,
          ragCell(indicator.notLikeForLike ? undefined : indicator.rag),
          cell(comparison(indicator.nearestNeighbour), 'center'),
          cell(comparison(indicator.countyComparison), 'center'),
          cell(comparison(indicator.districtComparison), 'left'),
        ],
      });
    }
    start = end;
  }

  const footnotes = (result.footnotes ?? []).map((f) => f.text.trim()).filter((t) => t !== '');
  const notes: ReportNote[] = [];
  for (const indicator of indicators) {
    const reason = indicator.reason.trim();
    if (indicator.notLikeForLike) footnotes.push(`${NOT_LIKE_FOR_LIKE_MARK} ${indicator.indicator}: ${reason || 'the figures are not like-for-like.'}`);
    if (reason !== '') notes.push({ indicator: indicator.indicator, reason });
  }

  const risk = riskHierarchyFor(result);

  return {
    title,
    period,
    heading: period ? `${title} – ${period}` : title,
    columns,
    rows,
    footnotes,
    key: keyEntries(options.stableTolerance ?? result.settings?.stableTolerance ?? 0.05, options.redThreshold ?? result.settings?.redThreshold ?? 0.15),
    notes,
    ...(risk ? { risk } : {}),
  };
}
