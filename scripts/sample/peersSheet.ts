/**
 * The sample workbook's Peers sheet: Leicestershire's most similar group of 9 areas for the four
 * crime-rate indicators, 2016-17 (Area | Indicator | Period | Value, rates per 1,000). Leicestershire's
 * values are its Appendix 1 rates (seed 002); the eight comparator counties and their rates are
 * plausible but illustrative, chosen so the ranks match Appendix 1's Nearest Neighbour column:
 * Total crime 4/9, Domestic burglary 6/9, Vehicle crime 5/9, Violence with injury 2/9.
 * County Comparison then follows the product's rule, q = ceil(5k/n): 4/9 → Average (Appendix 1 typed
 * Top), 6/9 → Below Average (typed Above Average), 5/9 → Average (as typed), 2/9 → Above Average
 * (typed Top). The product's rule wins; the typed words are not reproduced.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/engine';

export const PEERS_SHEET_NAME = 'Peers';
export const PEER_HEADERS = ['Area', 'Indicator', 'Period', 'Value'] as const;
export const PEERS_HEADER_ROW = 2;
export const PEERS_PERIOD = '2016-17';
export const HOME_AREA = 'Leicestershire';

export const PEER_AREAS = [
  HOME_AREA, 'Derbyshire', 'Gloucestershire', 'Northamptonshire', 'Nottinghamshire',
  'Staffordshire', 'Warwickshire', 'Wiltshire', 'Worcestershire',
] as const;

/** Per indicator: the rate per 1,000 of each area in PEER_AREAS order, and the rank Appendix 1 gives Leicestershire. */
export const PEER_VALUES: ReadonlyArray<{ indicator: string; values: readonly number[]; appendixRank: string }> = [
  { indicator: 'Total Crime rate (per 1,000 population)', values: [51.61, 48.9, 50.2, 66.9, 62.4, 54.7, 56.1, 45.3, 57.8], appendixRank: '4/9' },
  { indicator: 'Domestic Burglary rate (per 1,000 population)', values: [3.91, 3.12, 3.55, 5.02, 4.87, 3.36, 4.26, 2.41, 3.74], appendixRank: '6/9' },
  { indicator: 'Vehicle Crime rate (per 1,000 population)', values: [7.29, 6.41, 5.93, 9.71, 8.84, 7.62, 8.35, 4.88, 6.97], appendixRank: '5/9' },
  { indicator: 'Violence with Injury rate (per 1,000 population)', values: [3.93, 4.47, 4.21, 5.84, 6.12, 5.36, 4.92, 3.58, 4.73], appendixRank: '2/9' },
];

export function peersSampleGrid(): SheetGrid {
  const values: CellValue[][] = [['Most similar group (9 areas), crime rates per 1,000 population, 2016-17'], [], [...PEER_HEADERS]];
  for (const { indicator, values: rates } of PEER_VALUES) PEER_AREAS.forEach((area, i) => values.push([area, indicator, PEERS_PERIOD, rates[i]]));
  return { name: PEERS_SHEET_NAME, values };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export function addPeersSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(PEERS_SHEET_NAME);
  peersSampleGrid().values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || typeof value === 'object') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === PEERS_HEADER_ROW) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (typeof value === 'number') cell.numFmt = '0.00';
    });
  });
  sheet.getCell('A1').font = { bold: true, size: 14 };
  [22, 50, 10, 10].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return sheet;
}
