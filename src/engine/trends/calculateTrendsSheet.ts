import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt } from '../grid/CellGrid';
import type { ColumnWrite, OutputCell } from '../output/WritePlan';
import type { Settings } from '../settings/Settings';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { chiSquareLinearTrend } from '../stats/chiSquareLinearTrend';
import { classifyLatestPoint } from '../stats/classifyLatestPoint';
import { describeTrajectory } from '../stats/describeTrajectory';
import { IndicatorProfiles, profileFor } from '../districts/IndicatorProfile';
import { isSuppressedCount } from '../districts/isSuppressedCount';
import { figureKindFor } from '../districts/measuredFigure';
import { outputColumnWrites } from '../districts/outputColumnWrites';
import { readFigureCells } from '../districts/readFigureCells';
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
  readonly points: TrendPoint[];
  readonly rows: number[];
  readonly firstCell: string;
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
 * Calculates a Trends sheet (contract §4): per indicator, its series oldest first as the sheet lists
 * it, and on the series' last row the plain-English `Trend`, the SPC `Signal` for the latest point
 * (NHS Making Data Count, run and trend lengths from Settings) and, with counts and populations, the
 * Fingertips `Recent trend` on the last five points.
 */
export function calculateTrendsSheet(grid: SheetGrid, table: LocatedTable, settings: Settings, profiles: IndicatorProfiles): TrendsSheetResult {
  const { column: col, text } = tableColumnReader(grid, table);
  const findings: Finding[] = [];
  const series = new Map<string, SeriesRows>();
  const warned = new Set<string>();

  for (let row = table.firstRow; row < table.endRow; row++) {
    const indicator = text(row, 'indicator');
    const period = text(row, 'period');
    const profile = profileFor(profiles, indicator);
    const cells = readFigureCells(grid, row, { count: col('count'), population: col('population'), value: col('value') }, {
      kind: figureKindFor(profile?.measure),
      level: settings.confidenceLevel,
      countIsFigure: true,
    });
    if (indicator === '' && period === '' && !cells.hasInput) continue;
    findings.push(...cells.findings);
    const at = { sheet: grid.name, cell: cellAddress(row, col('indicator') ?? 0) };
    if (indicator === '') {
      findings.push(makeFinding('missingRowName', at, { what: 'indicator name', sheet: grid.name }));
      continue;
    }
    const key = normaliseHeaderText(indicator);
    if (!profile && !warned.has(key)) {
      warned.add(key);
      findings.push(makeFinding('indicatorWithoutPolarity', at, { raw: indicator, sheet: grid.name, consequence: 'its signal is given without judgement (special cause, neither improving nor concerning)' }));
    }
    const entry = series.get(key) ?? { indicator, points: [], rows: [], firstCell: at.cell };
    entry.rows.push(row);
    const label = period === '' ? `Row ${row + 1}` : period;
    if (cells.figure) {
      entry.points.push({
        row, label, value: cells.figure.value,
        ...(cells.figure.count !== undefined ? { count: cells.figure.count } : {}),
        ...(cells.figure.denominator !== undefined ? { population: cells.figure.denominator } : {}),
      });
    } else if (cells.findings.length === 0) {
      findings.push(makeFinding('trendGap', { sheet: grid.name, cell: cells.cell }, { indicator, period: label }));
    }
    series.set(key, entry);
  }

  const results = [...series.values()].map((s) => calculateSeries(grid.name, s, settings, profiles, findings));
  const byLastRow = new Map(results.map((r) => [r.lastRow, r]));
  const columns = outputColumnWrites(grid.name, table, TREND_OUTPUT_COLUMNS, (key: TrendOutputKey, row) => {
    const result = byLastRow.get(row);
    return result ? trendCell(key, result) : { value: null };
  });
  return { series: results, columns, findings };
}

function calculateSeries(sheet: string, s: SeriesRows, settings: Settings, profiles: IndicatorProfiles, findings: Finding[]): TrendSeriesResult {
  const profile = profileFor(profiles, s.indicator);
  const polarity = profile?.polarity ?? 'No judgement';
  const kind = figureKindFor(profile?.measure);
  const values = s.points.map((p) => p.value);
  const suppressed = s.points.some((p) => isSuppressedCount(p.count, settings.suppressBelow));
  const unit = profile?.measure ?? (s.points.some((p) => p.population !== undefined) ? (kind.kind === 'proportion' ? 'Percentage' : 'Rate per 1,000') : 'Value');
  const base = { sheet, indicator: s.indicator, polarity, unit, points: s.points, lastRow: s.rows[s.rows.length - 1], suppressed };

  if (values.length < 2) {
    findings.push(makeFinding('trendTooShort', { sheet, cell: s.firstCell }, { indicator: s.indicator, count: values.length }));
    return { ...base, rules: [], provisional: true, reason: `Only ${values.length} point(s) with a figure: no trend or signal.` };
  }

  const noun = periodNounFor(s.points.map((p) => p.label));
  const trend = describeTrajectory(values, noun, stepToleranceFor(noun, settings.stableTolerance));
  const spcPolarity = polarity === 'Low is good' ? 'low' : polarity === 'High is good' ? 'high' : 'none';
  const classification = classifyLatestPoint(values, spcPolarity, { runLength: settings.spcRunLength, trendLength: settings.spcTrendLength });
  const signal = classification ? SIGNAL_WORDS[classification.variation] : undefined;

  const withCounts = s.points.every((p) => p.count !== undefined && p.population !== undefined);
  const recent = withCounts
    ? chiSquareLinearTrend(s.points.map((p) => p.count!), s.points.map((p) => p.population!), { level: RECENT_TREND_LEVEL })
    : undefined;
  const recentTrend = recent && recent.trend !== 'Cannot be calculated' ? recentTrendWords(recent.trend, polarity) : undefined;

  const reason = trendReason({
    points: s.points, classification, recent, recentTrend, polarity, kind, settings, suppressed, withCounts,
  });
  return {
    ...base,
    trend,
    ...(signal ? { signal } : {}),
    ...(classification ? { variation: classification.variation } : {}),
    rules: classification?.rules ?? [],
    provisional: classification ? !classification.limits.reliable : true,
    ...(recentTrend ? { recentTrend } : {}),
    ...(recent ? { recentTrendVerdict: recent.trend } : {}),
    reason,
  };
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
    case 'trend': return r.trend === undefined ? { value: null } : { value: r.trend, wrapText: true };
    case 'signal': return r.signal === undefined ? { value: null } : { value: r.signal };
    case 'recentTrend': return r.recentTrend === undefined ? { value: null } : { value: r.recentTrend };
    case 'reason': return { value: r.reason, wrapText: true };
  }
}
