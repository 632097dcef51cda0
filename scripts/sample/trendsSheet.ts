/**
 * The sample workbook's Trends sheet (Indicator | Period | Count | Population | Value), oldest first:
 * - first-time entrants to the criminal justice system aged 10-17, Leicestershire, 2014/15-2021/22
 *   (seed 003, "FTE totals for Leicestershire only"), as counts;
 * - total crime per 1,000, rolling 12 months at each quarter end, Q3 2019/20 to Q2 2022/23. Seed 003
 *   publishes 72.50 (Q2 2022/23) against 63.01 a year earlier and "Total crime is on the increase";
 *   the other quarters are plausible (the Covid-19 dip of 2020/21, then the rise). Counts and
 *   mid-year populations reproduce each rate to two decimals.
 * Also generateTrendsGrid for the bench.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/engine';

export const TRENDS_SHEET_NAME = 'Trends';
export const TREND_HEADERS = ['Indicator', 'Period', 'Count', 'Population', 'Value'] as const;
export const TRENDS_HEADER_ROW = 2;

export const FTE_INDICATOR = 'Number of first time entrants to the criminal justice system aged 10 - 17';
export const FTE_SERIES: ReadonlyArray<readonly [string, number]> = [
  ['2014/15', 190], ['2015/16', 124], ['2016/17', 126], ['2017/18', 101],
  ['2018/19', 100], ['2019/20', 111], ['2020/21', 88], ['2021/22', 84],
];

export const TOTAL_CRIME_INDICATOR = 'Total Crime rate (per 1,000 population)';
/** Period, count, population; the rate is count / population × 1,000. */
export const TOTAL_CRIME_SERIES: ReadonlyArray<readonly [string, number, number]> = [
  ['Q3 2019/20', 47_174, 706_200], ['Q4 2019/20', 46_680, 706_200],
  ['Q1 2020/21', 42_886, 712_400], ['Q2 2020/21', 42_032, 712_400], ['Q3 2020/21', 40_892, 712_400], ['Q4 2020/21', 40_536, 712_400],
  ['Q1 2021/22', 43_251, 714_900], ['Q2 2021/22', 45_046, 714_900], ['Q3 2021/22', 47_112, 714_900], ['Q4 2021/22', 48_828, 714_900],
  ['Q1 2022/23', 50_903, 721_000], ['Q2 2022/23', 52_272, 721_000],
];

export function trendsSampleGrid(): SheetGrid {
  const values: CellValue[][] = [['Trends: rolling 12-month figures and annual counts, oldest first'], [], [...TREND_HEADERS]];
  for (const [period, count] of FTE_SERIES) values.push([FTE_INDICATOR, period, null, null, count]);
  for (const [period, count, population] of TOTAL_CRIME_SERIES) values.push([TOTAL_CRIME_INDICATOR, period, count, population, null]);
  return { name: TRENDS_SHEET_NAME, values };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export function addTrendsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(TRENDS_SHEET_NAME);
  trendsSampleGrid().values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || typeof value === 'object') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === TRENDS_HEADER_ROW) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (typeof value === 'number') cell.numFmt = '#,##0';
    });
  });
  sheet.getCell('A1').font = { bold: true, size: 14 };
  [60, 12, 10, 12, 10].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return sheet;
}

/** A generated Trends sheet for the bench: `indicators` series of `periods` quarterly counts with populations. */
export function generateTrendsGrid(indicators: number, periods: number): SheetGrid {
  const values: CellValue[][] = [['Trends (generated)'], [...TREND_HEADERS]];
  for (let i = 0; i < indicators; i++) {
    for (let p = 0; p < periods; p++) {
      const population = 700_000 + p * 1_000;
      values.push([`Indicator ${i + 1}`, `Q${(p % 4) + 1} ${2012 + Math.floor(p / 4)}`, 30_000 + ((i * 997 + p * 1_511) % 9_000), population, null]);
    }
  }
  return { name: TRENDS_SHEET_NAME, values };
}
