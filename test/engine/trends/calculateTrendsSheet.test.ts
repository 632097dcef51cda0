import { CellValue, SheetGrid, periodNounFor, recentTrendWords } from '../../../src/engine';
import { calculate, indicatorsGrid, settingsGrid, writtenAt } from '../districts/comparisonGrids';
import { FTE_INDICATOR, FTE_SERIES, TOTAL_CRIME_INDICATOR, TOTAL_CRIME_SERIES } from '../../../scripts/sample/trendsSheet';

const HEADER: CellValue[] = ['Indicator', 'Period', 'Count', 'Population', 'Value'];

/** A Trends sheet with a title row; header on sheet row 1, data from sheet row 2. */
function trendsGrid(rows: CellValue[][]): SheetGrid {
  return { name: 'Trends', values: [['Trends'], HEADER, ...rows] };
}

const fteRows = (): CellValue[][] => FTE_SERIES.map(([period, count]) => [FTE_INDICATOR, period, null, null, count]);
const crimeRows = (): CellValue[][] => TOTAL_CRIME_SERIES.map(([period, count, population]) => [TOTAL_CRIME_INDICATOR, period, count, population, null]);
const lowIsGood = () => indicatorsGrid([[FTE_INDICATOR, 'Low is good', 'Count'], [TOTAL_CRIME_INDICATOR, 'Low is good', 'Rate per 1,000']]);

describe('Trends sheet: first-time entrants 2014/15-2021/22 (seed 003)', () => {
  // 190, 124, 126, 101, 100, 111, 88, 84. Hand-checked: mean 924/8 = 115.5; moving ranges 66, 2, 25,
  // 1, 11, 23, 4 sum to 132, MR̄ = 18.857; limits 115.5 ± 2.66 × 18.857 = 65.34 to 165.66.
  // Steps against ±5% a year: down, level (+1.6%), down, level (−1%), up, down, level (−4.5%).
  const result = calculate(lowIsGood(), trendsGrid(fteRows()));
  const [series] = result.trends!;

  it('describes the trajectory in years, by the stable band', () => {
    expect(series.trend).toBe('Level for 1 year after 1 year of decrease');
    expect(series.points.map((p) => p.value)).toEqual([190, 124, 126, 101, 100, 111, 88, 84]);
  });

  it('classifies the latest point as common cause (provisional: 8 points) and says why in the Reason', () => {
    expect(series.signal).toBe('Common cause variation');
    expect(series.rules).toEqual([]);
    expect(series.provisional).toBe(true);
    expect(series.reason).toContain('mean 115.5, process limits 65.34 to 165.66');
    expect(series.reason).toContain('Provisional: fewer than 12 points.');
  });

  it('gives no recent trend without counts and populations, and says so', () => {
    expect(series.recentTrend).toBeUndefined();
    expect(series.reason).toContain('No recent trend: it needs counts with populations.');
  });

  it('writes Trend, Signal and Reason on the series’ last row only', () => {
    expect(writtenAt(result, 'Trends', 'Trend', 9)).toBe('Level for 1 year after 1 year of decrease');
    expect(writtenAt(result, 'Trends', 'Signal', 9)).toBe('Common cause variation');
    expect(writtenAt(result, 'Trends', 'Recent trend', 9)).toBeNull();
    for (let row = 2; row < 9; row++) expect(writtenAt(result, 'Trends', 'Trend', row)).toBeNull();
    expect(result.findings).toEqual([]);
  });
});

describe('Trends sheet: total crime, rolling 12 months by quarter (seed 003: 63.01 → 72.50)', () => {
  const result = calculate(lowIsGood(), trendsGrid(crimeRows()));
  const [series] = result.trends!;

  it('reads the rates from counts and populations', () => {
    expect(series.points[7].value).toBeCloseTo(63.01, 2);
    expect(series.points[11].value).toBeCloseTo(72.5, 2);
    expect(series.unit).toBe('Rate per 1,000');
  });

  it('a quarter-on-quarter step gets a quarter of the stable band, so six rises read as rising', () => {
    expect(series.trend).toBe('Rising for 6 quarters after 1 quarter of little change');
  });

  it('six rises and a point beyond the upper limit: special cause concerning when low is good', () => {
    expect(series.signal).toBe('Special cause concerning');
    expect(series.rules).toEqual(expect.arrayContaining(['beyond limit', 'trend']));
    expect(series.provisional).toBe(false);
  });

  it('the recent trend over the last five points is increasing, getting worse', () => {
    expect(series.recentTrendVerdict).toBe('Increasing');
    expect(series.recentTrend).toBe('Increasing (getting worse)');
    expect(series.reason).toContain('chi-square test for linear trend at 99.8%');
  });

  it('high is good turns the same series into special cause improving, getting better', () => {
    const [high] = calculate(indicatorsGrid([[TOTAL_CRIME_INDICATOR, 'High is good', 'Rate per 1,000']]), trendsGrid(crimeRows())).trends!;
    expect([high.signal, high.recentTrend]).toEqual(['Special cause improving', 'Increasing (getting better)']);
  });

  it('SPC trend length comes from Settings', () => {
    const [seven] = calculate(lowIsGood(), settingsGrid([['SPC trend length', 8]]), trendsGrid(crimeRows())).trends!;
    expect(seven.rules).not.toContain('trend');
  });
});

describe('Trends sheet: gaps, short series, several indicators, suppression', () => {
  it('reads each indicator as its own series and writes on each one’s last row', () => {
    const result = calculate(lowIsGood(), trendsGrid([...fteRows(), ...crimeRows()]));
    expect(result.trends!.map((t) => [t.indicator, t.lastRow])).toEqual([[FTE_INDICATOR, 9], [TOTAL_CRIME_INDICATOR, 21]]);
    expect(writtenAt(result, 'Trends', 'Signal', 21)).toBe('Special cause concerning');
  });

  it('a period without a figure is a warning and the series is read without it', () => {
    const rows = fteRows();
    rows[3] = [FTE_INDICATOR, '2017/18', null, null, '-'];
    const result = calculate(lowIsGood(), trendsGrid(rows));
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['T002', 'C6']]);
    expect(result.trends![0].points).toHaveLength(7);
  });

  it('a single point gives no trend, with a warning', () => {
    const result = calculate(lowIsGood(), trendsGrid([[FTE_INDICATOR, '2021/22', null, null, 84]]));
    expect(result.findings.map((f) => f.code)).toEqual(['T001']);
    expect(result.trends![0].trend).toBeUndefined();
  });

  it('small counts are unstable, and Suppress below keeps the figures out of the Reason', () => {
    const rows: CellValue[][] = [4, 7, 3, 9, 5].map((count, i) => ['Rare events', `Q${i + 1}`, count, 10_000, null]);
    const indicators = indicatorsGrid([['Rare events', 'Low is good', 'Rate per 1,000']]);
    const [plain] = calculate(indicators, trendsGrid(rows)).trends!;
    expect(plain.reason).toContain('5 point(s) come from fewer than 10 events, so the series is unstable.');
    const [hidden] = calculate(indicators, settingsGrid([['Suppress below', 5]]), trendsGrid(rows)).trends!;
    expect(hidden.suppressed).toBe(true);
    expect(hidden.reason).toContain('figures not shown: some counts are below 5');
    expect(hidden.reason).not.toMatch(/latest \d|mean \d/);
  });

  it('names the periods and words the recent trend by polarity', () => {
    expect(periodNounFor(['Q1 2022/23', 'Q2 2022/23'])).toBe('quarters');
    expect(periodNounFor(['2014/15', '2015-16', 'FY 2016/17'])).toBe('years');
    expect(periodNounFor(['2015', '2016'])).toBe('years');
    expect(periodNounFor(['Jan 2022', 'February 2022'])).toBe('months');
    expect(periodNounFor(['wave 1', 'wave 2'])).toBe('periods');
    expect(recentTrendWords('Decreasing', 'Low is good')).toBe('Decreasing (getting better)');
    expect(recentTrendWords('Decreasing', 'No judgement')).toBe('Decreasing');
    expect(recentTrendWords('No significant change', 'High is good')).toBe('No significant change');
  });
});

describe('Trends sheet: rules that point different ways', () => {
  // Ten points near 20, then seven rising from 5 to 11. Hand-checked: mean 259/17 = 15.235; moving
  // ranges sum to 33 over 16, MR̄ = 2.0625; limits 15.235 ± 5.486 = 9.75 to 20.72; lower 2σ line
  // 15.235 − 3.657 = 11.58. The last seven are below the mean (run), each rises (trend), and 9, 10, 11 are
  // below the lower 2σ line (two of three).
  const VALUES = [20, 21, 19, 20, 22, 21, 20, 19, 21, 20, 5, 6, 7, 8, 9, 10, 11];
  const rows = (): CellValue[][] => VALUES.map((v, i) => ['Repeat incidents', `Q${(i % 4) + 1} ${2019 + Math.floor(i / 4)}/${20 + Math.floor(i / 4)}`, null, null, v]);
  const run = (polarity: string) => calculate(indicatorsGrid([['Repeat incidents', polarity, 'Count']]), trendsGrid(rows())).trends![0];

  it('says the points rise when they rise, and which side of the mean they are on', () => {
    const series = run('Low is good');
    expect(series.trend).toMatch(/^Rising for 6 quarters/);
    expect(series.reason).toContain('SPC (mean 15.24, process limits 9.75 to 20.72): 7 or more points in a row are below the mean; '
      + '6 or more points in a row each rise; two of the last three points are below the lower two-sigma line.');
    expect(series.reason).not.toContain('each fall');
  });

  it('keeps the Signal from the side of the mean and says plainly that the rise points the other way', () => {
    const low = run('Low is good');
    expect(low.signal).toBe('Special cause improving');
    expect(low.reason).toContain('The rules point different ways: the latest point is below the mean (improving, as low is good) '
      + 'but the points are rising (concerning); the Signal follows the side of the mean.');
    const high = run('High is good');
    expect(high.signal).toBe('Special cause concerning');
    expect(high.reason).toContain('the latest point is below the mean (concerning, as high is good) but the points are rising (improving)');
    const none = run('No judgement');
    expect(none.signal).toBe('Special cause (no judgement)');
    expect(none.reason).toContain('The rules point different ways: the latest point is below the mean but the points are rising.');
  });

  it('says nothing of a disagreement when the rules agree', () => {
    const [crime] = calculate(lowIsGood(), trendsGrid(crimeRows())).trends!;
    expect(crime.reason).toContain('the latest point is above the upper process limit');
    expect(crime.reason).toContain('points in a row each rise');
    expect(crime.reason).not.toContain('point different ways');
  });
});

describe('Trends sheet: rolling years named by their last month', () => {
  // 50 → 58 by 2 a quarter: each step 3.6-4% against a quarter's share of the 5% band (1.25%).
  const labels = ['Year ending Mar 2022', 'Year ending Jun 2022', 'Year ending Sep 2022', 'Year ending Dec 2022', 'Year ending Mar 2023'];
  const trendOf = (periods: string[]) => calculate(
    indicatorsGrid([['Violent crime', 'Low is good', 'Count']]),
    trendsGrid(periods.map((p, i) => ['Violent crime', p, null, null, 50 + 2 * i])),
  ).trends![0].trend;

  it('steps "Year ending …" labels as quarters, so a 16% rise reads as rising', () => {
    expect(trendOf(labels)).toBe('Rising for 4 quarters');
  });

  it('puts rows given out of order back in time order', () => {
    const [series] = calculate(
      indicatorsGrid([['Violent crime', 'Low is good', 'Count']]),
      trendsGrid([4, 0, 2, 1, 3].map((i) => ['Violent crime', labels[i], null, null, 50 + 2 * i])),
    ).trends!;
    expect(series.points.map((p) => p.value)).toEqual([50, 52, 54, 56, 58]);
    expect(series.trend).toBe('Rising for 4 quarters');
  });

  it('reads the other spellings the same way', () => {
    expect(trendOf(['12 months to Mar 2022', '12 months to Jun 2022', '12 months to Sep 2022', '12 months to Dec 2022', '12 months to Mar 2023']))
      .toBe('Rising for 4 quarters');
    expect(trendOf(['YE Mar 22', 'YE Jun 22', 'YE Sep 22', 'YE Dec 22', 'YE Mar 23'])).toBe('Rising for 4 quarters');
    expect(trendOf(['12 months ending March 2022', '12 months ending June 2022', '12 months ending September 2022', '12 months ending December 2022',
      '12 months ending March 2023'])).toBe('Rising for 4 quarters');
  });
});
