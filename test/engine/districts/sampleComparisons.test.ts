import { CellValue, SheetGrid, calculateWorkbook } from '../../../src/engine';
import { seedIndicatorsSheet, seedSettingsSheet, SEED_ROWS } from '../gridOf';
import { DISTRICT_COUNTS, DISTRICT_POPULATIONS, checkDistrictTotals, districtsSampleGrid, generateDistrictsGrid } from '../../../scripts/sample/districtsSheet';
import { PEER_VALUES, peersSampleGrid } from '../../../scripts/sample/peersSheet';
import { generateTrendsGrid, trendsSampleGrid } from '../../../scripts/sample/trendsSheet';

/** The sample workbook's sheets (seed 002 Appendix 1 with the issue-3 Districts, Peers and Trends sheets). */
function sample() {
  return calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet(), districtsSampleGrid(), peersSampleGrid(), trendsSampleGrid()]);
}

describe('the sample Districts sheet agrees with the Indicators sheet', () => {
  it('district counts sum to the county counts and populations to 689,400', () => {
    expect(() => checkDistrictTotals()).not.toThrow();
    for (const { indicator, county } of DISTRICT_COUNTS) {
      const seedRow = SEED_ROWS.find((r) => r[1] === indicator)!;
      expect(seedRow[6]).toBe(county);
      expect(seedRow[7]).toBe(DISTRICT_POPULATIONS.reduce((sum, [, p]) => sum + p, 0));
    }
  });

  it('the derived county rates are the published 2016-17 rates (51.61, 3.91, 7.29, 3.93)', () => {
    const result = sample();
    expect(result.districts!.map((g) => Number(g.countyRate!.toFixed(2)))).toEqual([51.61, 3.91, 7.29, 3.93]);
    expect(result.districts!.every((g) => g.countySource === 'sum of districts')).toBe(true);
  });

  it('fills District Comparison for the four crime rows, Charnwood worse on every one', () => {
    const lines = sample().indicators.slice(0, 4).map((i) => i.districtComparison);
    expect(lines).toEqual([
      '3 better, 2 similar, 2 worse (Charnwood, North West Leicestershire)',
      '2 better, 3 similar, 2 worse (Charnwood, Oadby and Wigston)',
      '2 better, 4 similar, 1 worse (Charnwood)',
      '3 better, 3 similar, 1 worse (Charnwood)',
    ]);
  });
});

describe('the sample Peers sheet reproduces Appendix 1', () => {
  it('ranks Leicestershire 4/9, 6/9, 5/9 and 2/9, with County Comparison by q = ceil(5k/n)', () => {
    const result = sample();
    expect(result.peers!.map((p) => p.nearestNeighbour)).toEqual(PEER_VALUES.map((p) => p.appendixRank));
    // Appendix 1 typed Top, Above Average, Average, Top; the product's rule gives:
    expect(result.indicators.slice(0, 4).map((i) => i.countyComparison)).toEqual(['Average', 'Below Average', 'Average', 'Above Average']);
    // Rows the Peers sheet does not cover keep what the analyst typed.
    expect(result.indicators[6].nearestNeighbour).toBe('Top');
  });
});

describe('a workbook of 7 districts × 20 indicators × 12 quarters', () => {
  it('calculates every group, series and rank without errors', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Indicator ${i + 1}`);
    const indicators: SheetGrid = {
      name: 'Indicators',
      values: [['Indicator', 'Polarity', 'Measure', 'Current value'], ...names.map((n, i): CellValue[] => [n, i % 2 === 0 ? 'Low is good' : 'High is good', 'Rate per 1,000', 50])],
    };
    const result = calculateWorkbook([indicators, generateDistrictsGrid(7, 20, 12), generateTrendsGrid(20, 12)]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.districts).toHaveLength(20 * 12);
    expect(result.districts!.every((g) => g.districts.length === 7 && g.districts.every((d) => d.rank !== undefined && d.compared !== undefined))).toBe(true);
    expect(result.trends).toHaveLength(20);
    expect(result.trends!.every((t) => t.signal !== undefined && t.recentTrend !== undefined)).toBe(true);
    expect(result.plan.columns.find((c) => c.sheet === 'Districts' && c.header === 'Rank')!.cells).toHaveLength(7 * 20 * 12);
  });
});
