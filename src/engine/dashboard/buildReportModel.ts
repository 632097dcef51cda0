import type { CalculationResult, IndicatorResult, Rag } from '../CalculationResult';
import { RiskHierarchy, riskHierarchyFor } from './buildRiskHierarchy';
import { DEFAULT_SETTINGS } from '../settings/Settings';
import { NOT_CALCULATED_MARK, NOT_LIKE_FOR_LIKE_MARK } from './ragStyle';
import { type KeyEntry, reportKey } from './reportKey';
import { layOutReportRows, reportTableStyle } from './reportTable';
import { trimmed } from './trimmed';

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

export type { KeyEntry } from './reportKey';

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
  /** Footnotes as typed under the Indicators table, then one ‡ line per not-like-for-like row and one § line per blocked row. */
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
}

export const DEFAULT_REPORT_TITLE = 'Safer Communities Performance Dashboard';

/** The § footnote for a row an error blocked; the Reason and the Validation findings name the cells. */
const NOT_CALCULATED_NOTE = 'Not calculated: the figures have a data error to correct (see the Validation findings).';

/**
 * Finds the period label most indicators share, counted a run at a time (rows of one period usually
 * sit together); a period still enters the map in order of first appearance, so ties go to the same
 * period as ever. A label held by half the indicators or fewer (one row's "(Jan2016-Dec2016)" note
 * in a table whose headers name no period) describes no column, so there is none.
 */
class PeriodTally {
  private readonly counts = new Map<string, number>();
  private run: string | undefined;
  private runLength = 0;
  private indicators = 0;

  add(label: string | undefined): void {
    this.indicators++;
    if (!label) return;
    const period = trimmed(label);
    if (period === '') return;
    if (period === this.run) {
      this.runLength++;
      return;
    }
    this.endRun();
    this.run = period;
    this.runLength = 1;
  }

  mostCommon(): string | undefined {
    this.endRun();
    let best: string | undefined;
    let bestCount = 0;
    for (const [period, count] of this.counts) {
      if (count > bestCount) [best, bestCount] = [period, count];
    }
    return bestCount * 2 > this.indicators ? best : undefined;
  }

  private endRun(): void {
    if (this.run !== undefined) this.counts.set(this.run, (this.counts.get(this.run) ?? 0) + this.runLength);
    this.run = undefined;
    this.runLength = 0;
  }
}

/** The most common period label on each side, so the headers can carry them as Appendix 1 does. */
function commonPeriods(indicators: ReadonlyArray<IndicatorResult>): { previous?: string; current?: string } {
  const previous = new PeriodTally();
  const current = new PeriodTally();
  for (const indicator of indicators) {
    previous.add(indicator.previous.period);
    current.add(indicator.current.period);
  }
  return { previous: previous.mostCommon(), current: current.mostCommon() };
}

/**
 * The reporting period for a title: the most common Current period label of the indicators ("2016-17"
 * from a "Current Year (2016-17)" header). A quarter ("Quarter 4") cannot be told from the figures.
 */
export function reportingPeriod(result: CalculationResult): string | undefined {
  const current = new PeriodTally();
  for (const indicator of result.indicators) current.add(indicator.current.period);
  return current.mostCommon();
}

function withPeriod(header: string, period: string | undefined): string {
  return period ? `${header} (${period})` : header;
}

/** Built field by field (no spread): the Dashboard makes ten per indicator. */
function cell(text: string, align: 'left' | 'center', rowSpan = 1, bold = false, italic = false): ReportCell {
  return { text, rowSpan, covered: false, bold, italic, align };
}

function ragCell(rag: Rag | undefined, rowSpan = 1): ReportCell {
  return rag ? { text: rag, rowSpan, covered: false, bold: true, italic: false, align: 'center', rag } : cell('', 'center', rowSpan);
}

const REPORT_CELLS = reportTableStyle<ReportCell>({
  text: cell,
  rag: ragCell,
  covered: [
    Object.freeze({ text: '', rowSpan: 1, covered: true, bold: false, italic: false, align: 'left' }),
    Object.freeze({ text: '', rowSpan: 1, covered: true, bold: false, italic: false, align: 'center' }),
  ],
});

/** Everything in the report model but its table rows and notes. */
export type ReportFrame = Omit<ReportModel, 'rows' | 'notes'>;

/** The title, column headers, footnotes, key and risk hierarchy around the table. */
export function buildReportFrame(result: CalculationResult, options: ReportOptions = {}): ReportFrame {
  const title = options.title?.trim() || DEFAULT_REPORT_TITLE;
  const indicators = result.indicators;
  const periods = commonPeriods(indicators);
  const currentPeriod = periods.current; // reportingPeriod(result)
  const period = options.period?.trim() || currentPeriod;
  // Widths let the longest header word ("Comparison", "Direction") sit on one line in a landscape Word table.
  const columns: ReportColumn[] = [
    { key: 'outcome', header: 'Outcomes', width: 24, align: 'left' },
    { key: 'overallRag', header: 'Overall Progress RAG', width: 13, align: 'center' },
    { key: 'indicator', header: 'Supporting Indicators', width: 42, align: 'left' },
    { key: 'previous', header: withPeriod('Previous', periods.previous), width: 14, align: 'center' },
    { key: 'current', header: withPeriod('Current', currentPeriod), width: 14, align: 'center' },
    { key: 'direction', header: 'Direction of Travel', width: 14, align: 'center' },
    { key: 'progress', header: 'Progress', width: 13, align: 'center' },
    { key: 'nearestNeighbour', header: 'Nearest Neighbour Comparison', width: 17, align: 'center' },
    { key: 'countyComparison', header: 'County Comparison', width: 17, align: 'center' },
    { key: 'districtComparison', header: 'District Comparison', width: 30, align: 'left' },
  ];

  // The Risk Matrix's own notes go under the risk hierarchy (riskHierarchyFor), not under this table.
  const riskSheets = new Set(result.sheets.filter((s) => s.kind === 'risk').map((s) => s.name));
  const footnotes = (result.footnotes ?? []).filter((f) => !riskSheets.has(f.sheet)).map((f) => f.text.trim()).filter((t) => t !== '');
  let anyBlocked = false;
  for (const indicator of indicators) {
    if (indicator.blocked) {
      anyBlocked = true;
      footnotes.push(`${NOT_CALCULATED_MARK} ${indicator.indicator}: ${NOT_CALCULATED_NOTE}`);
    } else if (indicator.notLikeForLike) {
      const reason = trimmed(indicator.reason);
      footnotes.push(`${NOT_LIKE_FOR_LIKE_MARK} ${indicator.indicator}: ${reason || 'the figures are not like-for-like.'}`);
    }
  }

  const risk = riskHierarchyFor(result);

  return {
    title,
    period,
    heading: period ? `${title} – ${period}` : title,
    columns,
    footnotes,
    // The settings the calculation used, so the key describes the arrows and colours beside it.
    key: reportKey(result.settings ?? DEFAULT_SETTINGS, anyBlocked),
    ...(risk ? { risk } : {}),
  };
}

/**
 * The board's Appendix 1 table as plain data: one row per indicator in sheet order, each outcome's
 * name and Overall Progress RAG spanning its consecutive rows. Every renderer (HTML, Markdown,
 * plain text, Word) draws this one model; the Dashboard sheet draws the same frame and rows
 * (layOutReportRows) straight into its own cells.
 */
export function buildReportModel(result: CalculationResult, options: ReportOptions = {}): ReportModel {
  const { title, period, heading, columns, footnotes, key, risk } = buildReportFrame(result, options);
  const rows: ReportRow[] = [];
  layOutReportRows(result, REPORT_CELLS, (indicator, cells) => rows.push({ indicator, cells }));
  const notes: ReportNote[] = [];
  for (const indicator of result.indicators) {
    const reason = trimmed(indicator.reason);
    if (reason !== '') notes.push({ indicator: indicator.indicator, reason });
  }
  return { title, period, heading, columns, rows, footnotes, key, notes, ...(risk ? { risk } : {}) };
}
