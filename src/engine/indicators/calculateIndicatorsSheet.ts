import type { Direction, IndicatorResult, OutcomeResult, Rag } from '../CalculationResult';
import { RAG_FILLS, RAG_TEXT_COLOURS } from '../dashboard/ragStyle';
import { type Finding, anyError } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, isCellError } from '../grid/CellGrid';
import { type ColumnWrite, type OutputCell, EMPTY_CELL } from '../output/WritePlan';
import type { IndicatorComparison, SheetContext, SheetOutput } from '../sheets/SheetKind';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { readTableFootnotes } from '../sheets/readTableFootnotes';
import { NotComparable, assessLikeForLike } from './assessLikeForLike';
import { INDICATOR_OUTPUT_COLUMNS, IndicatorOutputKey } from './indicatorColumns';
import type { SideFigure } from './IndicatorRow';
import { OutputColumnPlacer } from './buildOutputColumn';
import { overallRag } from './overallRag';
import { IndicatorRowReader } from './readIndicatorRow';
import { notCalculatedSentence } from './reasonSentences';
import { scoreIndicator } from './scoreIndicator';
import { IndicatorRowChecks } from '../validation/indicatorRowFindings';
import { rowsBelowTableFinding } from '../validation/rowsBelowTableFinding';
import { isSuppressedCount, SUPPRESSED } from '../districts/isSuppressedCount';

const CANONICAL = new Map<string, string>(INDICATOR_OUTPUT_COLUMNS.map((c) => [c.key, c.canonical]));

// Only three arrows and three RAG letters exist: one shared, never-modified cell for each.
const DIRECTION_CELLS = new Map<Direction, OutputCell>(
  (['↑', '→', '↓'] as const).map((d) => [d, { value: d, bold: true, horizontalAlignment: 'center' }]),
);
const RAG_CELLS = new Map<Rag, OutputCell>(
  (['G', 'A', 'R'] as const).map((rag) => [rag, { value: rag, fill: RAG_FILLS[rag], fontColor: RAG_TEXT_COLOURS[rag], bold: true, horizontalAlignment: 'center' }]),
);

function ragCell(rag: Rag | undefined): OutputCell {
  return rag ? RAG_CELLS.get(rag)! : EMPTY_CELL;
}

function directionCell(direction: Direction | undefined): OutputCell {
  return direction ? DIRECTION_CELLS.get(direction)! : EMPTY_CELL;
}

const NOTHING_NOT_COMPARABLE: ReadonlyArray<NotComparable> = [];

/** An IndicatorResult whose sheet-wide fields (overall RAG, typed comparisons) are filled in once every row is read. */
type SheetIndicatorResult = IndicatorResult & {
  overallRag: Rag | undefined;
  nearestNeighbour: string | undefined;
  countyComparison: string | undefined;
  districtComparison: string | undefined;
};

/** Calculates one Indicators sheet (contract §1, §8a): every row scored, every problem a finding. */
export function calculateIndicatorsSheet(grid: SheetGrid, table: LocatedTable, context: SheetContext): SheetOutput {
  const { settings } = context;
  const sheet = grid.name;
  const reader = new IndicatorRowReader(grid, table, settings);
  const notes = readTableFootnotes(grid, table);
  const findings: Finding[] = [];
  const unnamed = new Map<number, string>();
  const indicatorColumn = reader.column('indicator')!.column;
  const hasOutcomeColumn = reader.column('outcome') !== undefined;
  const rowChecks = new IndicatorRowChecks(grid, table, settings);
  const firstRow = table.firstRow;
  const rowCount = Math.max(0, table.endRow - firstRow);

  const outcomeSpelling = firstSpelling();
  const earlierSameName = earlierRowsWithSameName(reader, firstRow, table.endRow);
  const indicators: SheetIndicatorResult[] = [];
  /** Which result each table row holds (-1: none), so each output column is one pass over an array. */
  const scoredAt = new Int32Array(rowCount).fill(-1);
  const previousRates = new Array<OutputCell | null>(rowCount).fill(null);
  const currentRates = new Array<OutputCell | null>(rowCount).fill(null);
  let anyCounts = false;
  let outcome = '';

  for (let row = firstRow; row < table.endRow; row++) {
    const outcomeText = reader.text(row, 'outcome');
    if (outcomeText !== '') outcome = outcomeSpelling(outcomeText);
    const indicator = reader.text(row, 'indicator');
    if (indicator === '') {
      if (reader.hasInputBesideOutcome(row)) {
        const at = { sheet, cell: cellAddress(row, indicatorColumn) };
        findings.push(makeFinding('missingIndicatorName', at));
        unnamed.set(row, notCalculatedSentence([at.cell]));
        previousRates[row - firstRow] = EMPTY_CELL;
        currentRates[row - firstRow] = EMPTY_CELL;
      }
      continue;
    }
    const read = reader.read(row, outcome, indicator);
    const readFindings = read.findings.length;
    const first = earlierSameName[row - firstRow];
    if (first >= 0) {
      read.findings.push(makeFinding('duplicateIndicator', { sheet, cell: cellAddress(row, indicatorColumn) }, { raw: indicator, first: cellAddress(first, indicatorColumn) }));
    }
    if (outcome === '' && hasOutcomeColumn) read.findings.push(makeFinding('noOutcome', { sheet, cell: cellAddress(row, indicatorColumn) }, { indicator }));
    rowChecks.check(read, read.findings);
    if (read.findings.length > readFindings) read.blocked = anyError(read.findings);

    const comparable = !read.blocked && read.previous.value !== undefined && read.current.value !== undefined;
    const problems = comparable ? assessLikeForLike(sheet, read, notes) : NOTHING_NOT_COMPARABLE;
    const score = scoreIndicator(sheet, read, problems, settings);
    for (const finding of read.findings) findings.push(finding);
    for (const problem of problems) findings.push(problem.finding);
    for (const finding of score.findings) findings.push(finding);

    const { previous, current } = read;
    // Suppress below (issue 3 §6): a hidden count's figure is shown as *, and the change, which with
    // the other figure would give it back, is left blank; the arrow and colour stay.
    const hidePrevious = previous.fromCounts && isSuppressedCount(previous.count, settings.suppressBelow);
    const hideCurrent = current.fromCounts && isSuppressedCount(current.count, settings.suppressBelow);
    scoredAt[row - firstRow] = indicators.length;
    // Every key present from the start, in the order the JSON summary shows (undefined ones are left
    // out of JSON): one object shape for every row, with the sheet-wide fields filled in below.
    indicators.push({
      sheet,
      row,
      outcome: read.outcome,
      indicator: read.indicator,
      measure: read.measure ?? '',
      polarity: read.polarityGiven ? read.polarity : '',
      previous: { display: hidePrevious ? SUPPRESSED : previous.display, value: previous.value, period: previous.periods[0]?.span.label },
      current: { display: hideCurrent ? SUPPRESSED : current.display, value: current.value, period: current.periods[0]?.span.label },
      previousRate: previous.fromCounts ? previous.value : undefined,
      currentRate: current.fromCounts ? current.value : undefined,
      changePercent: hidePrevious || hideCurrent ? undefined : score.changePercent,
      direction: score.direction,
      rag: score.rag,
      overallRag: undefined,
      nearestNeighbour: undefined,
      countyComparison: undefined,
      districtComparison: undefined,
      reason: score.reason,
      notLikeForLike: score.notLikeForLike,
      footnotes: footnoteMarks(previous, current),
      // Left out of the JSON summary unless true.
      blocked: read.blocked || undefined,
    });
    if (previous.fromCounts || current.fromCounts) anyCounts = true;
    previousRates[row - firstRow] = rateCell(previous, settings.suppressBelow);
    currentRates[row - firstRow] = rateCell(current, settings.suppressBelow);
  }

  for (const { ignored, used } of table.ignoredColumns) {
    const at = { sheet, cell: cellAddress(table.headerRow, ignored.column) };
    findings.push(makeFinding('duplicateHeader', at, { raw: ignored.header, used: used.header, first: cellAddress(table.headerRow, used.column) }));
  }
  const cutOff = rowsBelowTableFinding(grid, table);
  if (cutOff) findings.push(cutOff);

  const outcomes = rollUp(indicators, settings.overallRagMethod);
  const overallByOutcome = new Map<string, Rag | undefined>();
  for (const o of outcomes) overallByOutcome.set(o.outcome, o.overallRag);
  const typedColumns = COMPARISON_KEYS.map((key) => table.columns.get(key)?.[0]?.column);
  for (const result of indicators) {
    if (result.outcome !== '') result.overallRag = overallByOutcome.get(result.outcome);
    // Comparison cells the analyst typed, shown as they are until a Peers or Districts sheet computes them.
    const nearestNeighbour = typedText(grid, result.row, typedColumns[0]);
    if (nearestNeighbour !== '') result.nearestNeighbour = nearestNeighbour;
    const countyComparison = typedText(grid, result.row, typedColumns[1]);
    if (countyComparison !== '') result.countyComparison = countyComparison;
    const districtComparison = typedText(grid, result.row, typedColumns[2]);
    if (districtComparison !== '') result.districtComparison = districtComparison;
  }

  /** The cell for a row without an indicator: cleared when the row was flagged, else left alone. */
  const notScored = (offset: number): OutputCell | null => (unnamed.has(firstRow + offset) ? EMPTY_CELL : null);
  const columnCells = (cell: (result: IndicatorResult) => OutputCell): (OutputCell | null)[] => {
    const cells = new Array<OutputCell | null>(rowCount);
    for (let offset = 0; offset < rowCount; offset++) {
      const n = scoredAt[offset];
      cells[offset] = n < 0 ? notScored(offset) : cell(indicators[n]);
    }
    return cells;
  };

  const placer = new OutputColumnPlacer(sheet, table);
  const place = (key: IndicatorOutputKey, cells: ReadonlyArray<OutputCell | null>): ColumnWrite => placer.place(key, CANONICAL.get(key)!, cells);
  const columns: ColumnWrite[] = [];
  if (anyCounts || placer.existing('previousRate') !== undefined) columns.push(place('previousRate', previousRates));
  if (anyCounts || placer.existing('currentRate') !== undefined) columns.push(place('currentRate', currentRates));
  columns.push(place('changePercent', columnCells((r) => (r.changePercent === undefined ? EMPTY_CELL : { value: r.changePercent, numberFormat: '0.00%' }))));
  columns.push(place('direction', columnCells((r) => directionCell(r.direction))));
  columns.push(place('progressRag', columnCells((r) => ragCell(r.rag))));
  columns.push(place('overallRag', columnCells((r) => ragCell(r.overallRag))));
  const reasonCells = new Array<OutputCell | null>(rowCount);
  for (let offset = 0; offset < rowCount; offset++) {
    const n = scoredAt[offset];
    if (n >= 0) {
      reasonCells[offset] = { value: indicators[n].reason, wrapText: true };
    } else {
      const text = unnamed.get(firstRow + offset);
      reasonCells[offset] = text ? { value: text, wrapText: true } : null;
    }
  }
  const reasonWrite = place('reason', reasonCells);

  const finish = (comparisons: ReadonlyArray<IndicatorComparison>) => {
    // Districts and Peers each send their own comparison for an indicator: merge them by name.
    const byName = new Map<string, IndicatorComparison>();
    for (const c of comparisons) {
      const key = normaliseHeaderText(c.indicator);
      byName.set(key, { ...byName.get(key), ...definedOnly(c), indicator: c.indicator });
    }
    // Each row's comparison looked up once (names normalised once), not once per column and row.
    const foundAt: (IndicatorComparison | undefined)[] = [];
    if (byName.size > 0) {
      for (let n = 0; n < indicators.length; n++) foundAt[n] = byName.get(normaliseHeaderText(indicators[n].indicator));
    }
    const merged = byName.size === 0 ? indicators : indicators.map((i, n) => {
      const found = foundAt[n];
      return found ? { ...i, ...definedOnly(found) } : i;
    });
    const extra: ColumnWrite[] = [];
    for (const key of COMPARISON_KEYS) {
      const hasData = foundAt.some((found) => found?.[key] !== undefined);
      if (!hasData && placer.existing(key) === undefined) continue;
      const cells = new Array<OutputCell | null>(rowCount);
      for (let offset = 0; offset < rowCount; offset++) {
        const n = scoredAt[offset];
        const value = n < 0 ? undefined : foundAt[n]?.[key];
        // Without a computed comparison the analyst's typed cell is left exactly as it is.
        cells[offset] = value === undefined ? null : { value, horizontalAlignment: 'center' };
      }
      extra.push(place(key, cells));
    }
    return { columns: [...columns, ...extra, reasonWrite], indicators: merged };
  };

  return {
    findings,
    columns: [...columns, reasonWrite],
    indicators,
    outcomes,
    footnotes: notes.map((n) => ({ sheet, text: n.text })),
    finish,
    comparisonCell: (row, keys) => {
      const column = keys.map((key) => typedColumns[COMPARISON_KEYS.indexOf(key)]).find((c) => c !== undefined);
      return cellAddress(row, column ?? indicatorColumn);
    },
  };
}

/**
 * For each table row, the earlier row holding the same indicator name (normalised), or -1. A pass of
 * its own, so the normalised names are garbage before the rows' results pile up: kept through the
 * main pass, they were copied by every garbage collection it triggered.
 */
function earlierRowsWithSameName(reader: IndicatorRowReader, firstRow: number, endRow: number): Int32Array {
  const firstRowOf = new Map<string, number>();
  const earlier = new Int32Array(Math.max(0, endRow - firstRow)).fill(-1);
  for (let row = firstRow; row < endRow; row++) {
    const indicator = reader.text(row, 'indicator');
    if (indicator === '') continue;
    const key = normaliseHeaderText(indicator);
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else earlier[row - firstRow] = first;
  }
  return earlier;
}

/**
 * An outcome as first spelled on the sheet: "Ongoing reductions in Crime" further down is the same
 * outcome as "Ongoing reductions in crime" (case and spacing aside), so it rolls up with it and is
 * shown the same way, rather than splitting the outcome in two with two Overall RAGs.
 */
function firstSpelling(): (text: string) => string {
  const byText = new Map<string, string>();
  const byKey = new Map<string, string>();
  return (text) => {
    let spelling = byText.get(text);
    if (spelling === undefined) {
      const key = normaliseHeaderText(text);
      spelling = byKey.get(key) ?? text;
      byKey.set(key, spelling);
      byText.set(text, spelling);
    }
    return spelling;
  };
}

function definedOnly(comparison: IndicatorComparison): Partial<IndicatorResult> {
  const out: { nearestNeighbour?: string; countyComparison?: string; districtComparison?: string } = {};
  if (comparison.nearestNeighbour !== undefined) out.nearestNeighbour = comparison.nearestNeighbour;
  if (comparison.countyComparison !== undefined) out.countyComparison = comparison.countyComparison;
  if (comparison.districtComparison !== undefined) out.districtComparison = comparison.districtComparison;
  return out;
}

/** Comparison columns an Indicators sheet may carry, typed by the analyst or computed from other sheets. */
const COMPARISON_KEYS = ['nearestNeighbour', 'countyComparison', 'districtComparison'] as const;

/** A typed comparison cell's text; an Excel error value (flagged V036) is not carried to the board's table. */
function typedText(grid: SheetGrid, row: number, column: number | undefined): string {
  if (column === undefined) return '';
  const value = cellAt(grid, row, column);
  return isCellError(value) ? '' : cellText(value).trim();
}

const NO_MARKS: ReadonlyArray<string> = [];

/** Footnote marks carried by either figure, in order; most rows have none and share one empty list. */
function footnoteMarks(previous: SideFigure, current: SideFigure): ReadonlyArray<string> {
  if (previous.footnotes.length === 0 && current.footnotes.length === 0) return NO_MARKS;
  const marks: string[] = [];
  for (const f of previous.footnotes) marks.push(f.mark);
  for (const f of current.footnotes) marks.push(f.mark);
  return marks;
}

function rateCell(figure: SideFigure, suppressBelow: number | null): OutputCell {
  if (!figure.fromCounts || figure.value === undefined) return EMPTY_CELL;
  if (isSuppressedCount(figure.count, suppressBelow)) return { value: SUPPRESSED, horizontalAlignment: 'right' };
  return { value: figure.value, numberFormat: figure.isPercent ? '0.0%' : '0.00' };
}

function rollUp(results: ReadonlyArray<IndicatorResult>, method: Parameters<typeof overallRag>[1]): OutcomeResult[] {
  const groups = new Map<string, (Rag | undefined)[]>();
  for (const result of results) {
    const outcome = result.outcome;
    if (outcome === '') continue;
    const rags = groups.get(outcome);
    if (rags) rags.push(result.rag);
    else groups.set(outcome, [result.rag]);
  }
  const outcomes: OutcomeResult[] = [];
  for (const [outcome, rags] of groups) {
    const rag = overallRag(rags, method);
    outcomes.push(rag ? { outcome, indicatorCount: rags.length, overallRag: rag } : { outcome, indicatorCount: rags.length });
  }
  return outcomes;
}
