import { CalculationResult, chartsInputFrom } from '../engine';
import type { ReportChart } from './ReportChart';

/**
 * The report's pictures from a calculation, the same data as the Charts sheet: each indicator's
 * districts against the county, then each trend series. (The risk scores appear as the ranked
 * hierarchy table, so they need no picture in the report.)
 */
export function reportChartsFrom(result: CalculationResult): ReportChart[] {
  const input = chartsInputFrom(result);
  return [
    ...(input.districtBars ?? []).map(
      (bars): ReportChart => ({
        kind: 'districts',
        input: { indicator: bars.indicator, districts: bars.districts, county: bars.county, ...(bars.regional !== undefined ? { regional: bars.regional } : {}), valueLabel: bars.unit },
      }),
    ),
    ...(input.trendLines ?? []).map(
      (line): ReportChart => ({ kind: 'trend', input: { indicator: line.indicator, points: line.points, ...(line.unit ? { valueLabel: line.unit } : {}) } }),
    ),
  ];
}
