import type { IndicatorResult, OutcomeResult, Rag } from '../CalculationResult';
import { RAG_FILLS, RAG_TEXT_COLOURS } from '../dashboard/ragStyle';
import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt } from '../grid/CellGrid';
import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { IndicatorComparison, SheetContext, SheetOutput } from '../sheets/SheetKind';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { readTableFootnotes } from '../sheets/readTableFootnotes';
import { assessLikeForLike } from './assessLikeForLike';
import { INDICATOR_INPUT_COLUMNS, INDICATOR_OUTPUT_COLUMNS, IndicatorOutputKey } from './indicatorColumns';
import type { IndicatorRow } from './IndicatorRow';
import { OutputColumnPlacer } from './buildOutputColumn';
import { overallRag } from './overallRag';
import { IndicatorRowReader } from './readIndicatorRow';
import { notCalculatedSentence } from './reasonSentences';
import { IndicatorScore, scoreIndicator } from './scoreIndicator';
import { indicatorRowFindings } from '../validation/indicatorRowFindings';
import { isSuppressedCount, SUPPRESSED } from '../districts/isSuppressedCount';

const EMPTY: OutputCell = { value: null };
const CANONICAL = new Map<string, string>(INDICATOR_OUTPUT_COLUMNS.map((c) => [c.key, c.canonical]));

function ragCell(rag: Rag | undefined): OutputCell {
  if (!rag) return EMPTY;
  return { value: rag, fill: RAG_FILLS[rag], fontColor: RAG_TEXT_COLOURS[rag], bold: true, horizontalAlignment: 'center' };
}

interface ScoredRow {
  readonly read: IndicatorRow;
  readonly score: IndicatorScore;
}

/** Calculates one Indicators sheet (contract §1, §8a): every row scored, every problem a finding. */
export function calculateIndicatorsSheet(grid: SheetGrid, table: LocatedTable, context: SheetContext): SheetOutput {
  const { settings } = context;
  const reader = new IndicatorRowReader(grid, table, settings);
  const notes = readTableFootnotes(grid, table);
  const findings: Finding[] = [];
  const scored: ScoredRow[] = [];
  const unnamed = new Map<number, string>();
  const seen = new Map<string, string>();
  const indicatorColumn = reader.column('indicator')!.column;
  const inputKeys = INDICATOR_INPUT_COLUMNS.map((c) => c.key);
  let outcome = '';

  for (let row = table.firstRow; row < table.endRow; row++) {
    const outcomeText = reader.text(row, 'outcome');
    if (outcomeText !== '') outcome = outcomeText;
    const indicator = reader.text(row, 'indicator');
    const at = { sheet: grid.name, cell: cellAddress(row, indicatorColumn) };
    if (indicator === '') {
      if (inputKeys.some((key) => key !== 'outcome' && reader.text(row, key) !== '')) {
        findings.push(makeFinding('missingIndicatorName', at));
        unnamed.set(row, notCalculatedSentence([at.cell]));
      }
      continue;
    }
    let read = reader.read(row, outcome, indicator);
    const extra: Finding[] = [];
    const key = normaliseHeaderText(indicator);
    const first = seen.get(key);
    if (first !== undefined) extra.push(makeFinding('duplicateIndicator', at, { raw: indicator, first }));
    else seen.set(key, at.cell);
    if (outcome === '' && reader.column('outcome')) extra.push(makeFinding('noOutcome', at, { indicator }));
    for (const finding of indicatorRowFindings(grid, table, read, settings)) extra.push(finding);
    if (extra.length > 0) {
      const rowFindings = [...read.findings, ...extra];
      read = { ...read, findings: rowFindings, blocked: rowFindings.some((f) => f.severity === 'error') };
    }
    const comparable = !read.blocked && read.previous.value !== undefined && read.current.value !== undefined;
    const problems = comparable ? assessLikeForLike(grid.name, read, notes) : [];
    const score = scoreIndicator(grid.name, read, problems, settings);
    for (const finding of read.findings) findings.push(finding);
    for (const problem of problems) findings.push(problem.finding);
    for (const finding of score.findings) findings.push(finding);
    scored.push({ read, score });
  }

  const outcomes = rollUp(scored, settings.overallRagMethod);
  const overallByOutcome = new Map(outcomes.map((o) => [o.outcome, o.overallRag]));
  const indicators: IndicatorResult[] = scored.map(({ read, score }) => {
    // Optional fields assigned in place, in the key order the JSON summary shows; spreading them
    // in (one object per optional field per row) was slow on large sheets.
    const result: { -readonly [K in keyof IndicatorResult]?: IndicatorResult[K] } = {
      sheet: grid.name,
      row: read.row,
      outcome: read.outcome,
      indicator: read.indicator,
      measure: read.measure ?? '',
      polarity: read.polarityGiven ? read.polarity : '',
      previous: { display: read.previous.display, value: read.previous.value, period: read.previous.periods[0]?.span.label },
      current: { display: read.current.display, value: read.current.value, period: read.current.periods[0]?.span.label },
    };
    if (read.previous.fromCounts && read.previous.value !== undefined) result.previousRate = read.previous.value;
    if (read.current.fromCounts && read.current.value !== undefined) result.currentRate = read.current.value;
    if (score.changePercent !== undefined) result.changePercent = score.changePercent;
    if (score.direction) result.direction = score.direction;
    if (score.rag) result.rag = score.rag;
    const overall = overallByOutcome.get(read.outcome);
    if (overall && read.outcome !== '') result.overallRag = overall;
    const typed = typedComparisons(grid, table, read.row);
    for (const key of COMPARISON_KEYS) if (typed[key] !== undefined) result[key] = typed[key];
    result.reason = score.reason;
    result.notLikeForLike = score.notLikeForLike;
    result.footnotes = [...read.previous.footnotes, ...read.current.footnotes].map((f) => f.mark);
    return result as IndicatorResult;
  });

  const placer = new OutputColumnPlacer(grid.name, table);
  const byRow = new Map(indicators.map((i, n) => [i.row, { result: i, read: scored[n].read }]));
  const rows = Array.from({ length: table.endRow - table.firstRow }, (_, i) => table.firstRow + i);
  const column = (key: IndicatorOutputKey, cell: (row: number) => OutputCell | null): ColumnWrite =>
    placer.place(key, CANONICAL.get(key)!, rows.map(cell));
  const anyCounts = scored.some(({ read }) => read.previous.fromCounts || read.current.fromCounts);
  const columns: ColumnWrite[] = [];
  const rateCell = (side: 'previous' | 'current') => (row: number): OutputCell | null => {
    const entry = byRow.get(row);
    if (!entry) return unnamed.has(row) ? EMPTY : null;
    const figure = entry.read[side];
    if (!figure.fromCounts || figure.value === undefined) return EMPTY;
    if (isSuppressedCount(figure.count, settings.suppressBelow)) return { value: SUPPRESSED, horizontalAlignment: 'right' };
    return { value: figure.value, numberFormat: figure.isPercent ? '0.0%' : '0.00' };
  };
  if (anyCounts || placer.existing('previousRate') !== undefined) columns.push(column('previousRate', rateCell('previous')));
  if (anyCounts || placer.existing('currentRate') !== undefined) columns.push(column('currentRate', rateCell('current')));
  const owned = (value: (result: IndicatorResult) => OutputCell) => (row: number): OutputCell | null => {
    const entry = byRow.get(row);
    if (entry) return value(entry.result);
    return unnamed.has(row) ? EMPTY : null;
  };
  columns.push(column('changePercent', owned((r) => (r.changePercent === undefined ? EMPTY : { value: r.changePercent, numberFormat: '0.00%' }))));
  columns.push(column('direction', owned((r) => (r.direction ? { value: r.direction, bold: true, horizontalAlignment: 'center' } : EMPTY))));
  columns.push(column('progressRag', owned((r) => ragCell(r.rag))));
  columns.push(column('overallRag', owned((r) => ragCell(r.overallRag))));
  const reasonWrite = placer.place('reason', CANONICAL.get('reason')!, rows.map((row) => {
    const entry = byRow.get(row);
    if (entry) return { value: entry.result.reason, wrapText: true };
    const text = unnamed.get(row);
    return text ? { value: text, wrapText: true } : null;
  }));

  const finish = (comparisons: ReadonlyArray<IndicatorComparison>) => {
    // Districts and Peers each send their own comparison for an indicator: merge them by name.
    const byName = new Map<string, IndicatorComparison>();
    for (const c of comparisons) {
      const key = normaliseHeaderText(c.indicator);
      byName.set(key, { ...byName.get(key), ...definedOnly(c), indicator: c.indicator });
    }
    // Each row's comparison looked up once (names normalised once), not once per column and row.
    const foundByRow = new Map<number, IndicatorComparison>();
    if (byName.size > 0) {
      for (const i of indicators) {
        const found = byName.get(normaliseHeaderText(i.indicator));
        if (found) foundByRow.set(i.row, found);
      }
    }
    const merged = indicators.map((i) => {
      const found = foundByRow.get(i.row);
      return found ? { ...i, ...definedOnly(found) } : i;
    });
    const extra: ColumnWrite[] = [];
    for (const key of ['nearestNeighbour', 'countyComparison', 'districtComparison'] as const) {
      const hasData = indicators.some((i) => foundByRow.get(i.row)?.[key] !== undefined);
      if (!hasData && placer.existing(key) === undefined) continue;
      extra.push(column(key, (row) => {
        const entry = byRow.get(row);
        const value = entry ? foundByRow.get(entry.result.row)?.[key] : undefined;
        // Without a computed comparison the analyst's typed cell is left exactly as it is.
        return value === undefined ? null : { value, horizontalAlignment: 'center' };
      }));
    }
    return { columns: [...columns, ...extra, reasonWrite], indicators: merged };
  };

  return {
    findings,
    columns: [...columns, reasonWrite],
    indicators,
    outcomes,
    footnotes: notes.map((n) => ({ sheet: grid.name, text: n.text })),
    finish,
  };
}

function definedOnly(comparison: IndicatorComparison): Partial<IndicatorResult> {
  const out: { nearestNeighbour?: string; countyComparison?: string; districtComparison?: string } = {};
  if (comparison.nearestNeighbour !== undefined) out.nearestNeighbour = comparison.nearestNeighbour;
  if (comparison.countyComparison !== undefined) out.countyComparison = comparison.countyComparison;
  if (comparison.districtComparison !== undefined) out.districtComparison = comparison.districtComparison;
  return out;
}

/** Comparison cells the analyst typed, shown as they are until a Peers or Districts sheet computes them. */
const COMPARISON_KEYS = ['nearestNeighbour', 'countyComparison', 'districtComparison'] as const;

function typedComparisons(grid: SheetGrid, table: LocatedTable, row: number): Partial<IndicatorResult> {
  const out: { nearestNeighbour?: string; countyComparison?: string; districtComparison?: string } = {};
  for (const key of COMPARISON_KEYS) {
    const column = table.columns.get(key)?.[0]?.column;
    const text = column === undefined ? '' : cellText(cellAt(grid, row, column)).trim();
    if (text !== '') out[key] = text;
  }
  return out;
}

function rollUp(rows: ReadonlyArray<ScoredRow>, method: Parameters<typeof overallRag>[1]): OutcomeResult[] {
  const groups = new Map<string, ScoredRow[]>();
  for (const row of rows) {
    if (row.read.outcome === '') continue;
    const list = groups.get(row.read.outcome) ?? [];
    list.push(row);
    groups.set(row.read.outcome, list);
  }
  return [...groups].map(([outcome, list]) => {
    const rag = overallRag(list.map((r) => r.score.rag), method);
    return { outcome, indicatorCount: list.length, ...(rag ? { overallRag: rag } : {}) };
  });
}
