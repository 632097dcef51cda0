/**
 * The sample workbook's Districts sheet: the seven districts of Leicestershire for the four crime-rate
 * indicators of seed 002 Appendix 1, 2016-17, in the contract's long layout (District | Indicator |
 * Period | Count | Population). Appendix 1 publishes only county figures, so the district split is
 * illustrative: populations are rounded 2016 mid-year estimates summing to the Indicators sheet's
 * 689,400, and each indicator's counts sum to its county count there, so the county rate the engine
 * derives (counts over populations) is the published one. Also generateDistrictsGrid for the bench.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/engine';

export const DISTRICTS_SHEET_NAME = 'Districts';
export const DISTRICT_HEADERS = ['District', 'Indicator', 'Period', 'Count', 'Population'] as const;
/** 0-based sheet row of the header (a title row and a blank row above it). */
export const DISTRICTS_HEADER_ROW = 2;
export const DISTRICTS_PERIOD = '2016-17';

export const DISTRICT_POPULATIONS: ReadonlyArray<readonly [string, number]> = [
  ['Blaby', 97_600],
  ['Charnwood', 182_400],
  ['Harborough', 90_600],
  ['Hinckley and Bosworth', 111_900],
  ['Melton', 50_900],
  ['North West Leicestershire', 99_600],
  ['Oadby and Wigston', 56_400],
];

/** Per indicator: the county count on the Indicators sheet, and each district's count in DISTRICT_POPULATIONS order. */
export const DISTRICT_COUNTS: ReadonlyArray<{ indicator: string; county: number; counts: readonly number[] }> = [
  { indicator: 'Total Crime rate (per 1,000 population)', county: 35_580, counts: [4_587, 10_890, 3_488, 5_662, 2_494, 5_498, 2_961] },
  { indicator: 'Domestic Burglary rate (per 1,000 population)', county: 2_696, counts: [351, 863, 263, 414, 163, 388, 254] },
  { indicator: 'Vehicle Crime rate (per 1,000 population)', county: 5_026, counts: [683, 1_513, 507, 794, 326, 757, 446] },
  { indicator: 'Violence with Injury rate (per 1,000 population)', county: 2_709, counts: [342, 865, 254, 436, 168, 418, 226] },
];

/** Throws unless every indicator's district counts sum to its county count and the populations to 689,400. */
export function checkDistrictTotals(): void {
  const population = DISTRICT_POPULATIONS.reduce((sum, [, p]) => sum + p, 0);
  if (population !== 689_400) throw new Error(`District populations sum to ${population}, not 689,400`);
  for (const { indicator, county, counts } of DISTRICT_COUNTS) {
    const sum = counts.reduce((a, b) => a + b, 0);
    if (sum !== county) throw new Error(`${indicator}: district counts sum to ${sum}, not the county's ${county}`);
  }
}

export function districtsSampleGrid(): SheetGrid {
  const values: CellValue[][] = [['District breakdown, 2016-17 (illustrative split of the county figures)'], [], [...DISTRICT_HEADERS]];
  for (const { indicator, counts } of DISTRICT_COUNTS) {
    DISTRICT_POPULATIONS.forEach(([district, population], i) => values.push([district, indicator, DISTRICTS_PERIOD, counts[i], population]));
  }
  return { name: DISTRICTS_SHEET_NAME, values };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export function addDistrictsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  checkDistrictTotals();
  const sheet = workbook.addWorksheet(DISTRICTS_SHEET_NAME);
  districtsSampleGrid().values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || typeof value === 'object') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === DISTRICTS_HEADER_ROW) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (typeof value === 'number') cell.numFmt = '#,##0';
    });
  });
  sheet.getCell('A1').font = { bold: true, size: 14 };
  [26, 50, 10, 10, 12].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return sheet;
}

/**
 * A generated Districts sheet for the bench: `districts` × `indicators` × `periods` rows, with
 * deterministic counts around a rate of 50 per 1,000 (indicator names "Indicator 1" …).
 */
export function generateDistrictsGrid(districts: number, indicators: number, periods: number): SheetGrid {
  const values: CellValue[][] = [['Districts (generated)'], [...DISTRICT_HEADERS]];
  for (let i = 0; i < indicators; i++) {
    for (let p = 0; p < periods; p++) {
      for (let d = 0; d < districts; d++) {
        const population = 50_000 + d * 17_000;
        const count = Math.round((population / 1000) * (20 + ((i * 7 + d * 13 + p * 3) % 60)));
        values.push([`District ${d + 1}`, `Indicator ${i + 1}`, `Q${(p % 4) + 1} ${2012 + Math.floor(p / 4)}`, count, population]);
      }
    }
  }
  return { name: DISTRICTS_SHEET_NAME, values };
}
