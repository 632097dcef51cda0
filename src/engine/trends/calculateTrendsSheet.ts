import type { Finding } from '../findings/Finding';
import type { Measure } from '../indicators/Measure';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import type { SheetGrid } from '../grid/CellGrid';
import { type ColumnWrite, type OutputCell, EMPTY_CELL } from '../output/WritePlan';
import type { Settings } from '../settings/Settings';
import type { LocatedTable } from '../sheets/locateTable';
import { chiSquareLinearTrend } from '../stats/chiSquareLinearTrend';
import { classifyLatestPoint } from '../stats/classifyLatestPoint';
import { describeTrajectory } from '../stats/describeTrajectory';
import { IndicatorProfile, IndicatorProfiles, indicatorsByText } from '../districts/IndicatorProfile';
import { isSuppressedCount } from '../districts/isSuppressedCount';
import { MeasuredFigure, figureKindFor } from '../districts/measuredFigure';
import { outputColumnWrites } from '../districts/outputColumnWrites';
import { figureCellsReader } from '../districts/readFigureCells';
import { type PartYearPoint, likeForLikePoints } from './likeForLikePoints';
import { orderByPeriod } from './orderByPeriod';
import { periodKey } from '../values/periodKey';
import { readPeriodSpan } from '../values/readPeriodSpan';
import { periodPosition } from '../values/periodPosition';
import { periodNounFor } from './periodNounFor';
import { stepToleranceFor } from './stepToleranceFor';
import { TREND_OUTPUT_COLUMNS, TrendOutputKey } from './trendColumns';
import type { TrendPoint, TrendSeriesResult } from './TrendResult';
import { trendReason } from './trendReason';
import { tableColumnReader } from '../sheets/tableColumnReader';

export interface TrendsSheetResult {
  /** One per indicator, in order of first appearance. */
  readonly series: ReadonlyArray<TrendSeriesResult>;
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly findings: ReadonlyArray<Finding>;
}

interface SeriesRows {
  readonly indicator: string;
  readonly profile?: IndicatorProfile;
  readonly points: TrendPoint[];
  readonly partYears: PartYearPoint[];
  readonly rows: number[];
  readonly firstCell: string;
  /** The period cell each period was first seen on, by periodKey. */
  readonly periodCells: Map<string, string>;
}

const SIGNAL_WORDS = {
  'special cause improving': 'Special cause improving',
  'special cause concerning': 'Special cause concerning',
  'special cause neither': 'Special cause (no judgement)',
  'common cause variation': 'Common cause variation',
} as const;

/** The Fingertips recent-trend level (χ² > 9.5495), whatever the interval level in Settings. */
const RECENT_TREND_LEVEL = 0.998;

/**
 * Calculates a Trends sheet (contract §4): per indicator, its series oldest first (by the periods'
 * labels when they can all be placed in time, else as the sheet lists it; a repeated period and a
 * part-year figure among full years are left out, with a warning), and on the series' last row the
 * plain-English `Trend`, the SPC `Signal` for the latest point (NHS Making Data Count, run and trend
 * lengths from Settings) and, with counts and populations, the Fingertips `Recent trend` on the last
 * five points.
 */
export function calculateTrendsSheet(grid: SheetGrid, table: LocatedTable, settings: Settings, profiles: IndicatorProfiles): TrendsSheetResult {
  const sheet = grid.name;
  const { column: col, text } = tableColumnReader(grid, table);
  const indicatorColumn = col('indicator');
  const periodColumn = col('period');
  const figures = figureCellsReader(grid, { count: col('count'), population: col('population'), value: col('value') });
  const at = (row: number) => ({ sheet, cell: cellAddress(row, indicatorColumn ?? 0) });
  const findings: Finding[] = [];
  const series = new Map<string, SeriesRows>();
  const warned = new Set<string>();
  const indicatorInfoOf = indicatorsByText(profiles, (key, profile) => ({
    key,
    profile,
    figureOptions: { kind: figureKindFor(profile?.measure), level: settings.confidenceLevel, countIsFigure: countIsTheFigure(profile?.measure), withoutInterval: true },
    countIsValue: countsAreTheValues(profile?.measure),
  }));

  for (let row = table.firstRow; row < table.endRow; row++) {
    const indicator = text(row, 'indicator');
    const period = text(row, 'period');
    const info = indicatorInfoOf(indicator);
    const { key, profile } = info;
    const cells = figures.read(row, info.figureOptions);
    if (indicator === '' && period === '' && !cells.hasInput) continue;
    for (let i = 0; i < cells.findings.length; i++) findings.push(cells.findings[i]);
    if (indicator === '') {
      findings.push(makeFinding('missingRowName', at(row), { what: 'indicator name', sheet }));
      continue;
    }
    if (!profile && !warned.has(key)) {
      warned.add(key);
      findings.push(makeFinding('indicatorWithoutPolarity', at(row), { raw: indicator, sheet, consequence: 'its signal is given without judgement (special cause, neither improving nor concerning)' }));
    }
    let entry = series.get(key);
    if (entry === undefined) {
      series.set(key, (entry = { indicator, profile, points: [], partYears: [], rows: [], firstCell: at(row).cell, periodCells: new Map() }));
    }
    entry.rows.push(row);
    const label = period === '' ? `Row ${row + 1}` : period;
    // A label without a year ("Q1", "Jun") recurs every year, so only a dated one can be given twice.
    if (period !== '' && periodPosition(period)?.withoutYear !== true) {
      const periodCell = cellAddress(row, periodColumn!);
      const samePeriod = periodKey(period);
      const first = entry.periodCells.get(samePeriod);
      if (first !== undefined) {
        findings.push(makeFinding('trendDuplicatePeriod', { sheet, cell: periodCell }, { indicator, period, first, raw: period }));
        continue;
      }
      entry.periodCells.set(samePeriod, periodCell);
    }
    const figure = cells.figure;
    if (figure) {
      const point = trendPoint(row, label, figure, info.countIsValue);
      entry.points.push(point);
      const noted = cells.notedPeriod;
      if (noted?.span.partial) entry.partYears.push({ point, span: noted.span, raw: noted.raw, cell: cellAddress(row, noted.column) });
      else if (period !== '' && periodPosition(period)?.withoutYear === false) {
        // A dated period label may itself be the part year: "Apr 2016 - Dec 2016" among full years (contract §7).
        // (A label without a year, "Q1", is a step of a series within a year, not a part of one.)
        const span = readPeriodSpan(period);
        if (span.partial && span.months !== undefined) entry.partYears.push({ point, span, raw: period, cell: cellAddress(row, periodColumn!), fromLabel: true });
      }
    } else if (cells.findings.length === 0) {
      findings.push(makeFinding('trendGap', { sheet, cell: cellAddress(row, figures.firstColumn) }, { indicator, period: label }));
    }
  }

  const results: TrendSeriesResult[] = [];
  const resultAt: Array<TrendSeriesResult | undefined> = new Array(table.endRow - table.firstRow).fill(undefined);
  for (const s of series.values()) {
    const result = calculateSeries(sheet, s, settings, findings);
    results.push(result);
    resultAt[result.lastRow - table.firstRow] = result;
  }
  const columns = outputColumnWrites(sheet, table, TREND_OUTPUT_COLUMNS, (key: TrendOutputKey) => resultAt.map((r) => (r ? trendCell(key, r) : EMPTY_CELL)));
  return { series: results, columns, findings };
}

/**
 * A point with only the figure's own count and population. For a Count indicator the count is the
 * value even beside a population, as on the Indicators sheet: the population is kept for the recent trend.
 */
function trendPoint(row: number, label: string, figure: MeasuredFigure, countIsValue: boolean): TrendPoint {
  if (figure.count === undefined) {
    return figure.denominator === undefined ? { row, label, value: figure.value } : { row, label, value: figure.value, population: figure.denominator };
  }
  const value = countIsValue ? figure.count : figure.value;
  return figure.denominator === undefined
    ? { row, label, value, count: figure.count }
    : { row, label, value, count: figure.count, population: figure.denominator };
}

function calculateSeries(sheet: string, s: SeriesRows, settings: Settings, findings: Finding[]): TrendSeriesResult {
  const profile = s.profile;
  const polarity = profile?.polarity ?? 'No judgement';
  const kind = figureKindFor(profile?.measure);
  const points = orderByPeriod(likeForLikePoints(sheet, s.indicator, s.points, s.partYears, findings));
  const values: number[] = [];
  let suppressed = false;
  let withPopulation = false;
  let withCounts = true;
  for (const p of points) {
    values.push(p.value);
    if (isSuppressedCount(p.count, settings.suppressBelow)) suppressed = true;
    if (p.population !== undefined) withPopulation = true;
    if (p.count === undefined || p.population === undefined) withCounts = false;
  }
  const unit = profile?.measure ?? (withPopulation ? (kind.kind === 'proportion' ? 'Percentage' : 'Rate per 1,000') : 'Value');
  // Built in place, key by key in the result's order: spreading optional keys in was slow per series.
  const result: { -readonly [K in keyof TrendSeriesResult]?: TrendSeriesResult[K] } = {
    sheet, indicator: s.indicator, polarity, unit, points, lastRow: s.rows[s.rows.length - 1], suppressed,
  };

  if (values.length < 2) {
    findings.push(makeFinding('trendTooShort', { sheet, cell: s.firstCell }, { indicator: s.indicator, count: values.length }));
    result.rules = [];
    result.provisional = true;
    result.reason = `Only ${values.length} point(s) with a figure: no trend or signal.`;
    return result as TrendSeriesResult;
  }

  const noun = periodNounFor(points.map((p) => p.label));
  const trend = describeTrajectory(values, noun, stepToleranceFor(noun, settings.stableTolerance));
  const spcPolarity = polarity === 'Low is good' ? 'low' : polarity === 'High is good' ? 'high' : 'none';
  const classification = classifyLatestPoint(values, spcPolarity, { runLength: settings.spcRunLength, trendLength: settings.spcTrendLength });
  const signal = classification ? SIGNAL_WORDS[classification.variation] : undefined;

  const recent = withCounts
    ? chiSquareLinearTrend(points.map((p) => p.count!), points.map((p) => p.population!), { level: RECENT_TREND_LEVEL })
    : undefined;
  const recentTrend = recent && recent.trend !== 'Cannot be calculated' ? recentTrendWords(recent.trend, polarity) : undefined;

  const reason = trendReason({
    points, classification, recent, recentTrend, polarity, kind, settings, suppressed, withCounts, countsAreValues: countsAreTheValues(profile?.measure),
  });
  result.trend = trend;
  if (signal) result.signal = signal;
  if (classification) result.variation = classification.variation;
  result.rules = classification?.rules ?? [];
  result.provisional = classification ? !classification.limits.reliable : true;
  if (recentTrend) result.recentTrend = recentTrend;
  if (recent) result.recentTrendVerdict = recent.trend;
  result.reason = reason;
  return result as TrendSeriesResult;
}

/** "Increasing (getting worse)" for Low is good, "(getting better)" for High is good; plain otherwise. */
export function recentTrendWords(trend: 'Increasing' | 'Decreasing' | 'No significant change', polarity: string): string {
  if (trend === 'No significant change') return trend;
  if (polarity !== 'Low is good' && polarity !== 'High is good') return trend;
  const better = (trend === 'Increasing') === (polarity === 'High is good');
  return `${trend} (getting ${better ? 'better' : 'worse'})`;
}

function trendCell(key: TrendOutputKey, r: TrendSeriesResult): OutputCell {
  switch (key) {
    case 'trend': return r.trend === undefined ? EMPTY_CELL : { value: r.trend, wrapText: true };
    case 'signal': return r.signal === undefined ? EMPTY_CELL : { value: r.signal };
    case 'recentTrend': return r.recentTrend === undefined ? EMPTY_CELL : { value: r.recentTrend };
    case 'reason': return { value: r.reason, wrapText: true };
  }
}

/**
 * A count with no population stands in for the figure for a Count indicator, and for one whose measure
 * is not known (the seed's "Number of first time entrants" names none); a rate or percentage needs its
 * population.
 */
function countIsTheFigure(measure: Measure | undefined): boolean {
  return measure === undefined || measure === 'Count';
}

/**
 * For a Count indicator the counts are the series even beside populations, as on the Indicators sheet;
 * any other indicator with populations is a rate (per 1,000 when no measure says otherwise).
 */
function countsAreTheValues(measure: Measure | undefined): boolean {
  return measure === 'Count';
}
