import type { CalculationResult } from '../CalculationResult';
import type { ChartDistrictBars, ChartRiskBar, ChartTrendLine, ChartsInput } from '../charts/chartTables';
import { riskChartColours } from '../charts/chartPalette';
import { RiskBand, riskBandsFromUpperBounds } from '../risk/RiskSettings';
import { DEFAULT_SETTINGS } from '../settings/Settings';
import { hierarchyRiskRows } from './buildRiskHierarchy';

/** A bar chart stays readable to about this many bars; a longer matrix charts its highest scores. */
export const RISK_CHART_MAX_BARS = 40;

/** Proportions are held as fractions; a chart reads better in percent. */
function scaleFor(unit: string): { factor: number; unit: string } {
  return unit === 'Percentage' ? { factor: 100, unit: 'Percentage (%)' } : { factor: 1, unit };
}

/**
 * What the Charts sheet and the report's pictures draw, from a calculation: per indicator its latest
 * district group (the last in sheet order) with the county rate; each trend series; and the risk
 * scores of the first Risk Matrix sheet (the one the hierarchy ranks) rated in a band (NO DATA and
 * unscored rows are left out), the highest RISK_CHART_MAX_BARS when there are more, with the bands
 * in `Risk band colours`, or in the greyscale-safe chart oranges when that is not set.
 */
export function chartsInputFrom(result: CalculationResult): ChartsInput {
  const latest = new Map<string, NonNullable<CalculationResult['districts']>[number]>();
  for (const group of result.districts ?? []) latest.set(group.indicator, group);
  const districtBars: ChartDistrictBars[] = [];
  for (const group of latest.values()) {
    if (group.countyRate === undefined || !Number.isFinite(group.countyRate)) continue;
    const { factor, unit } = scaleFor(group.unit);
    const districts = group.districts
      .filter((d) => !d.suppressed && d.rate !== undefined && Number.isFinite(d.rate))
      .map((d) => ({ name: d.district, value: d.rate! * factor }));
    if (districts.length === 0) continue;
    districtBars.push({
      indicator: group.period ? `${group.indicator}, ${group.period}` : group.indicator,
      unit,
      districts,
      county: group.countyRate * factor,
    });
  }

  const trendLines: ChartTrendLine[] = (result.trends ?? [])
    .filter((t) => !t.suppressed && t.points.length > 0)
    .map((t) => {
      const { factor, unit } = scaleFor(t.unit);
      return { indicator: t.indicator, unit, points: t.points.map((p) => ({ label: p.label, value: p.value * factor })) };
    });

  const riskBands = chartRiskBands(result);
  const labels = new Set(riskBands.map((b) => b.label));
  const riskBars = highestRiskBars(hierarchyRiskRows(result), RISK_CHART_MAX_BARS, labels);

  return { districtBars, trendLines, riskBars, riskBands };
}

/** The bands of the settings used, filled with `Risk band colours` when set, else with the chart oranges. */
function chartRiskBands(result: CalculationResult): RiskBand[] {
  const settings = result.settings ?? DEFAULT_SETTINGS;
  return riskBandsFromUpperBounds(settings.riskBands, settings.riskBandColours ?? riskChartColours(settings.riskBands.length + 1));
}

type RiskRows = NonNullable<CalculationResult['risk']>;
type Labels = ReadonlySet<string>;

const isChartable = (r: RiskRows[number], labels: Labels) => !r.notScored && r.riskScore !== undefined && r.rating !== undefined && labels.has(r.rating);
const riskBar = (r: RiskRows[number]): ChartRiskBar => ({ category: r.category, score: r.riskScore!, rating: r.rating! });

/** Every chartable row by score, highest first (a stable sort: equal scores in sheet order), the first `count`. */
function sortedRiskBars(risk: RiskRows, count: number, labels: Labels): ChartRiskBar[] {
  return risk.filter((r) => isChartable(r, labels)).map(riskBar).sort((a, b) => b.score - a.score).slice(0, count);
}

/**
 * The same bars as sortedRiskBars, kept in one pass without sorting (or copying) a whole large
 * matrix to chart forty. Scores that do not compare as numbers (NaN, infinities) take the sort,
 * which orders them as it always did.
 */
function highestRiskBars(risk: RiskRows, count: number, labels: Labels): ChartRiskBar[] {
  const top: ChartRiskBar[] = [];
  if (count <= 0) return top;
  for (const r of risk) {
    if (!isChartable(r, labels)) continue;
    const score = r.riskScore!;
    if (!Number.isFinite(score)) return sortedRiskBars(risk, count, labels);
    if (top.length === count && score <= top[count - 1].score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].score < score) at--; // after every equal score already kept
    top.splice(at, 0, riskBar(r));
    if (top.length > count) top.pop();
  }
  return top;
}
