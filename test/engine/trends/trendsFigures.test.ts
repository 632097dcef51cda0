import { CellValue, SheetGrid } from '../../../src/engine';
import { calculate, indicatorsGrid, writtenAt } from '../districts/comparisonGrids';

const HEADER: CellValue[] = ['Indicator', 'Period', 'Count', 'Population', 'Value'];

/** A Trends sheet with a title row; header on sheet row 2, data from sheet row 3 (0-based row 2). */
function trendsGrid(rows: CellValue[][]): SheetGrid {
  return { name: 'Trends', values: [['Trends'], HEADER, ...rows] };
}

/** 101 × (1,000 / 10,000) is 10.100000000000001 in floating point. */
const roundTo6 = (v: number) => Number(v.toFixed(6));

const crimeRate = () => indicatorsGrid([['Crime', 'Low is good', 'Rate per 1,000']]);
const fteCount = () => indicatorsGrid([['FTE', 'Low is good', 'Count']]);

describe('Trends: which cell gives a point its figure', () => {
  it('a rate indicator’s count without a population does not become the rate: the typed Value does', () => {
    // 100/10,000 × 1,000 = 10; 101 → 10.1; 99 → 9.9; Q4 has no population, so its Value 10.2 is the rate (not 102).
    const rows: CellValue[][] = [
      ['Crime', 'Q1 2022/23', 100, 10_000, 10],
      ['Crime', 'Q2 2022/23', 101, 10_000, 10.1],
      ['Crime', 'Q3 2022/23', 99, 10_000, 9.9],
      ['Crime', 'Q4 2022/23', 102, null, 10.2],
    ];
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.trends![0].points.map((p) => roundTo6(p.value))).toEqual([10, 10.1, 9.9, 10.2]);
    expect(result.findings).toEqual([]);
  });

  it('a rate indicator’s count with neither a population nor a Value is V005 on the population cell, and left out', () => {
    // Q4 (0-based row 5, sheet row 6) has count 102 only: no rate can be made, so three points remain.
    const rows: CellValue[][] = [
      ['Crime', 'Q1 2022/23', 100, 10_000, null],
      ['Crime', 'Q2 2022/23', 101, 10_000, null],
      ['Crime', 'Q3 2022/23', 99, 10_000, null],
      ['Crime', 'Q4 2022/23', 102, null, null],
    ];
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V005', 'D6']]);
    expect(result.trends![0].points.map((p) => roundTo6(p.value))).toEqual([10, 10.1, 9.9]);
  });

  it('a Count indicator with populations is read as its counts, as on the Indicators sheet, not as a rate', () => {
    // Not 124/70,000 × 1,000 = 1.77 etc. Steps against ±5% a year: 124 → 126 (+1.6%) level, 126 → 101 (−19.8%) down.
    // Reason shows counts plainly: mean 351/3 = 117 (not "117.00").
    const rows: CellValue[][] = [
      ['FTE', '2015/16', 124, 70_000, null],
      ['FTE', '2016/17', 126, 71_000, null],
      ['FTE', '2017/18', 101, 72_000, null],
    ];
    const [series] = calculate(fteCount(), trendsGrid(rows)).trends!;
    expect(series.points.map((p) => p.value)).toEqual([124, 126, 101]);
    expect(series.unit).toBe('Count');
    expect(series.trend).toBe('Falling for 1 year after 1 year of little change');
    expect(series.reason).toContain('latest 101. SPC (mean 117, process limits');
    expect(series.points.map((p) => p.population)).toEqual([70_000, 71_000, 72_000]);
  });
});

describe('Trends: points in period order', () => {
  it('periods listed newest first are read oldest first', () => {
    // Ordered Q1..Q4: 9, 10, 11, 12. Steps +11.1%, +10%, +9.1%, each beyond a quarter's band 5% × 3/12 = 1.25%: up.
    // The last step (1) is not below half the earlier mean step (1), so no "now levelling".
    const rows: CellValue[][] = [
      ['Crime', 'Q4 2022/23', null, null, 12],
      ['Crime', 'Q3 2022/23', null, null, 11],
      ['Crime', 'Q2 2022/23', null, null, 10],
      ['Crime', 'Q1 2022/23', null, null, 9],
    ];
    const result = calculate(crimeRate(), trendsGrid(rows));
    const [series] = result.trends!;
    expect(series.points.map((p) => p.label)).toEqual(['Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'Q4 2022/23']);
    expect(series.trend).toBe('Rising for 3 quarters');
    expect(series.reason).toContain('4 points, Q1 2022/23 to Q4 2022/23; latest 12.');
    // Outputs stay on the series' last sheet row (0-based row 5).
    expect(writtenAt(result, 'Trends', 'Trend', 5)).toBe('Rising for 3 quarters');
  });

  it('financial quarters cross the year end in order: Q4 2021/22 (Jan-Mar 2022) comes before Q1 2022/23', () => {
    const rows: CellValue[][] = [
      ['Crime', 'Q1 2022/23', null, null, 30],
      ['Crime', 'Q3 2021/22', null, null, 10],
      ['Crime', 'Q4 2021/22', null, null, 20],
    ];
    const [series] = calculate(crimeRate(), trendsGrid(rows)).trends!;
    expect(series.points.map((p) => p.value)).toEqual([10, 20, 30]);
  });

  it('a period listed twice is T003 on the later row’s period cell, and that row is left out', () => {
    // "q2 2022-23" (0-based row 4, sheet row 5) names the same quarter as "Q2 2022/23" on sheet row 4.
    // Left with 9, 10, 11: steps +11.1% and +10%, both up.
    const rows: CellValue[][] = [
      ['Crime', 'Q1 2022/23', null, null, 9],
      ['Crime', 'Q2 2022/23', null, null, 10],
      ['Crime', 'q2 2022-23', null, null, 15],
      ['Crime', 'Q3 2022/23', null, null, 11],
    ];
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['T003', 'warning', 'B5']]);
    expect(result.findings[0].message).toBe('The series for Crime already has q2 2022-23 at B4; this row is left out of the trend and signal.');
    const [series] = result.trends!;
    expect(series.points.map((p) => p.value)).toEqual([9, 10, 11]);
    expect(series.trend).toBe('Rising for 2 quarters');
  });

  it('labels that name no period keep the sheet’s order (documented: oldest first)', () => {
    const rows: CellValue[][] = [['Crime', 'wave 2', null, null, 5], ['Crime', 'wave 1', null, null, 6]];
    const [series] = calculate(crimeRate(), trendsGrid(rows)).trends!;
    expect(series.points.map((p) => p.value)).toEqual([5, 6]);
  });
});

describe('Trends: period noun from the steps between labels', () => {
  it('month labels three months apart are quarters, with a quarter’s share of the stable band', () => {
    // 100, 101, 102, 103: steps +1%, +0.99%, +0.98%, within 5% × 3/12 = 1.25% (level), beyond 5%/12 = 0.42%.
    const rows: CellValue[][] = [
      ['Crime', 'Jun 2022', null, null, 100],
      ['Crime', 'Sep 2022', null, null, 101],
      ['Crime', 'Dec 2022', null, null, 102],
      ['Crime', 'Mar 2023', null, null, 103],
    ];
    const [series] = calculate(crimeRate(), trendsGrid(rows)).trends!;
    expect(series.trend).toBe('Level for 3 quarters');
  });
});

describe('Trends: a part-year figure among full years', () => {
  it('is T004 on its cell and left out of the trend (the seed’s 9 months against 12)', () => {
    // 190, 124, 126 and "83 (April -Dec2017)" (9 months) on 0-based row 5, sheet row 6, column E.
    // Without 83: 190 → 124 (−34.7%) down, 124 → 126 (+1.6%) level within ±5% a year.
    const rows: CellValue[][] = [
      ['FTE', '2014/15', null, null, 190],
      ['FTE', '2015/16', null, null, 124],
      ['FTE', '2016/17', null, null, 126],
      ['FTE', '2017/18', null, null, '83 (April -Dec2017)'],
    ];
    const result = calculate(fteCount(), trendsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.severity, f.cell, f.raw, f.parsed])).toEqual([['T004', 'warning', 'E6', '83 (April -Dec2017)', 'April -Dec2017']]);
    expect(result.findings[0].message).toBe('The figure for FTE in 2017/18 covers a part year (April -Dec2017) while the rest of the series covers full years, so it is left out of the trend and signal.');
    const [series] = result.trends!;
    expect(series.points.map((p) => p.value)).toEqual([190, 124, 126]);
    expect(series.trend).toBe('Level for 1 year after 1 year of decrease');
  });

  it('a period label that is itself a part year ("Apr 2017 - Dec 2017", "Apr17-Dec17") is T004 on the period cell', () => {
    for (const label of ['Apr 2017 - Dec 2017', 'Apr17-Dec17', '01/04/2017 - 31/12/2017']) {
      const rows: CellValue[][] = [['FTE', '2014/15', null, null, 190], ['FTE', '2015/16', null, null, 124], ['FTE', '2016/17', null, null, 126], ['FTE', label, null, null, 83]];
      const result = calculate(fteCount(), trendsGrid(rows));
      expect({ label, findings: result.findings.map((f) => [f.code, f.cell]) }).toEqual({ label, findings: [['T004', 'B6']] });
      expect(result.trends![0].points.map((p) => p.value)).toEqual([190, 124, 126]);
    }
  });

  it('quarters labelled by their months (Apr-Jun 2016 …) are all one length: kept whole', () => {
    const rows: CellValue[][] = ['Apr-Jun 2016', 'Jul-Sep 2016', 'Oct-Dec 2016'].map((label, i) => ['Crime', label, null, null, 10 + i]);
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.findings).toEqual([]);
    expect(result.trends![0].points).toHaveLength(3);
  });

  it('a series whose every figure covers the same part of the year is like for like, and kept', () => {
    const rows: CellValue[][] = [
      ['FTE', '2015/16', null, null, '100 (Apr-Dec 2015)'],
      ['FTE', '2016/17', null, null, '90 (Apr-Dec 2016)'],
    ];
    const result = calculate(fteCount(), trendsGrid(rows));
    expect(result.findings).toEqual([]);
    expect(result.trends![0].points.map((p) => p.value)).toEqual([100, 90]);
  });
});

describe('Trends: ordinary series stay whole (regressions found in review)', () => {
  it('quarters without a year recur every year: no T003, every point kept', () => {
    const rows: CellValue[][] = ['Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3'].map((q, i) => ['Crime', q, null, null, 10 + i]);
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.findings.filter((f) => f.code === 'T003')).toEqual([]);
    expect(result.trends![0].points).toHaveLength(7);
  });

  it('a quarter\'s note naming its own three months is no part year: no T004', () => {
    const rows: CellValue[][] = [
      ['Crime', 'Q1 2022/23', null, null, 10],
      ['Crime', 'Q2 2022/23', null, null, 11],
      ['Crime', 'Q3 2022/23', null, null, 12],
      ['Crime', 'Q4 2022/23', null, null, '13 (Jan-Mar 2023)'],
    ];
    const result = calculate(crimeRate(), trendsGrid(rows));
    expect(result.findings.filter((f) => f.code === 'T004')).toEqual([]);
    expect(result.trends![0].points.map((p) => p.value)).toEqual([10, 11, 12, 13]);
  });

  it('counts with no population for an indicator whose measure is not given are its figures (the seed\'s first-time entrants)', () => {
    // "Number of first time entrants" names no measure: its counts 124, 126, 101 are the series.
    const indicators: SheetGrid = { name: 'Indicators', values: [['Indicator', 'Polarity', 'Previous value', 'Current value'], ['Number of first time entrants', 'Low is good', 124, 83]] };
    const rows: CellValue[][] = [['Number of first time entrants', '2014/15', 124, null, null], ['Number of first time entrants', '2015/16', 126, null, null], ['Number of first time entrants', '2016/17', 101, null, null]];
    const result = calculate(indicators, trendsGrid(rows));
    expect(result.findings.filter((f) => f.code === 'V005')).toEqual([]);
    expect(result.trends![0].points.map((p) => p.value)).toEqual([124, 126, 101]);
  });
});

describe('Trends: an indicator that names no measure', () => {
  it('is a rate per 1,000 where counts come with populations, as on the Indicators sheet', () => {
    // 100, 110 and 120 in 10,000 are 10, 11 and 12 per 1,000.
    const indicators: SheetGrid = { name: 'Indicators', values: [['Indicator', 'Polarity', 'Previous value', 'Current value'], ['Crime', 'Low is good', 10, 11]] };
    const rows: CellValue[][] = [['Crime', '2014/15', 100, 10_000, null], ['Crime', '2015/16', 110, 10_000, null], ['Crime', '2016/17', 120, 10_000, null]];
    const [series] = calculate(indicators, trendsGrid(rows)).trends!;
    expect(series.points.map((p) => roundTo6(p.value))).toEqual([10, 11, 12]);
    expect(series.reason).toContain('latest 12.00');
  });
});
