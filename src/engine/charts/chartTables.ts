import type { ChartKind, OutputCell } from '../output/WritePlan';
import { CHART_COLOURS, CHART_RISK_COLOURS, riskChartColours } from './chartPalette';
import { RiskBand, riskBandsFromUpperBounds } from '../risk/RiskSettings';
import { riskScoreNumberFormat } from '../risk/formatRiskNumber';

/** One indicator's district figures, with the county figure and the regional average where given. */
export interface ChartDistrictBars {
  readonly indicator: string;
  /** The measure, e.g. "Rate per 1,000"; the value axis title. */
  readonly unit: string;
  readonly districts: ReadonlyArray<{ readonly name: string; readonly value: number }>;
  readonly county: number;
  readonly regional?: number;
}

/** One indicator's series, oldest first. */
export interface ChartTrendLine {
  readonly indicator: string;
  readonly unit?: string;
  readonly points: ReadonlyArray<{ readonly label: string; readonly value: number }>;
}

/** A band's rating: LOW, MEDIUM (or MEDIUM 1, MEDIUM 2 …), HIGH. */
export type ChartRiskRating = string;

export interface ChartRiskBar {
  readonly category: string;
  readonly score: number;
  readonly rating: ChartRiskRating;
}

/** Everything the Charts sheet draws, as plain data. */
export interface ChartsInput {
  readonly districtBars?: ReadonlyArray<ChartDistrictBars>;
  readonly trendLines?: ReadonlyArray<ChartTrendLine>;
  readonly riskBars?: ReadonlyArray<ChartRiskBar>;
  /** The bands the risk bars are rated by, with their chart fills; default: 108 and 216 in CHART_RISK_COLOURS. */
  readonly riskBands?: ReadonlyArray<RiskBand>;
}

/** One chart's table (category column and one value column) and how to draw it, not yet placed. */
export interface ChartTable {
  readonly heading: string;
  readonly header: readonly [string, string];
  readonly rows: ReadonlyArray<readonly [OutputCell, OutputCell]>;
  readonly title: string;
  readonly type: ChartKind;
  readonly seriesColour: string;
  readonly pointColours?: ReadonlyArray<string>;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly dataLabels: boolean;
}

/** The tables in sheet order: district bars, then trends, then risk; those without data are left out. */
export function chartTables(input: ChartsInput): ChartTable[] {
  return [
    ...(input.districtBars ?? []).filter((d) => d.districts.length > 0).map(districtTable),
    ...(input.trendLines ?? []).filter((t) => t.points.length > 0).map(trendTable),
    ...riskTables(input.riskBars ?? [], input.riskBands ?? DEFAULT_CHART_RISK_BANDS),
  ];
}

const number = (value: number, numberFormat: string): OutputCell => ({ value: Number.isFinite(value) ? value : null, numberFormat });

function districtTable(bars: ChartDistrictBars): ChartTable {
  const rows: (readonly [OutputCell, OutputCell])[] = bars.districts.map((d) => [{ value: d.name }, number(d.value, '0.00')]);
  const colours: string[] = bars.districts.map(() => CHART_COLOURS.district);
  const marks: [string, number | undefined, string][] = [
    ['County', bars.county, CHART_COLOURS.county],
    ['Regional average', bars.regional, CHART_COLOURS.regional],
  ];
  for (const [label, value, colour] of marks) {
    if (value === undefined || !Number.isFinite(value)) continue;
    rows.push([{ value: label, bold: true }, { ...number(value, '0.00'), bold: true }]);
    colours.push(colour);
  }
  return {
    heading: `${bars.indicator}: districts against the county`,
    header: ['District', bars.unit],
    rows,
    title: `${bars.indicator} by district`,
    type: 'bar',
    seriesColour: CHART_COLOURS.district,
    pointColours: colours,
    categoryAxisTitle: 'District',
    valueAxisTitle: bars.unit,
    dataLabels: true,
  };
}

function trendTable(line: ChartTrendLine): ChartTable {
  const unit = line.unit ?? 'Value';
  return {
    heading: `${line.indicator}: trend`,
    header: ['Period', unit],
    rows: line.points.map((p) => [{ value: p.label }, number(p.value, 'General')]),
    title: `${line.indicator}: trend`,
    type: 'line',
    seriesColour: CHART_COLOURS.trend,
    categoryAxisTitle: 'Period',
    valueAxisTitle: unit,
    dataLabels: false,
  };
}

const DEFAULT_CHART_RISK_BANDS = riskBandsFromUpperBounds([108, 216], riskChartColours(3));

/**
 * The ranked hierarchy, highest score first (ties by name), each category labelled with its band and
 * filled in its colour; a score one decimal would round onto a band bound shows more decimals.
 */
function riskTables(bars: ReadonlyArray<ChartRiskBar>, bands: ReadonlyArray<RiskBand>): ChartTable[] {
  const ranked = bars.filter((b) => Number.isFinite(b.score)).sort((a, b) => b.score - a.score || a.category.localeCompare(b.category));
  if (ranked.length === 0) return [];
  const bounds = bands.flatMap((b) => (b.upTo === undefined ? [] : [b.upTo]));
  const bandOf = (bar: ChartRiskBar) => bands.find((b) => b.label === bar.rating);
  const fillOf = (bar: ChartRiskBar) => bandOf(bar)?.fill ?? CHART_RISK_COLOURS.MEDIUM;
  return [
    {
      heading: 'Risk: score by category (probability × harm), highest first',
      header: ['Category (band)', 'Risk score'],
      rows: ranked.map((b) => [
        { value: `${b.category} (${b.rating})`, fill: fillOf(b), fontColor: bandOf(b)?.fontColor ?? '#000000' },
        number(b.score, riskScoreNumberFormat(b.score, bounds)),
      ]),
      title: 'Risk score by category',
      type: 'bar',
      seriesColour: CHART_RISK_COLOURS.MEDIUM,
      pointColours: ranked.map(fillOf),
      categoryAxisTitle: 'Category (band)',
      valueAxisTitle: 'Risk score (probability × harm)',
      dataLabels: true,
    },
  ];
}
