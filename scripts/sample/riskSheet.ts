/**
 * The sample workbook's Risk Matrix sheet: seed 002 Appendix 2, "Risk Rating by Harm Scores -
 * 2016/17", as an analyst would keep it. Appendix 2 publishes the method, the bands (LOW 0-108,
 * MEDIUM 109-216, HIGH 217+) and the two footnoted 12-month windows, but not the scores, so the
 * probabilities and partner harm scores below are illustrative; volumes reuse the sample's
 * 2016/17 counts where the Indicators sheet has them. Also generateRiskGrid(n) for tests and the bench.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/engine';

export const RISK_SHEET_NAME = 'Risk Matrix';
export const RISK_PARTNERS = ['Police', 'County Council', 'Fire & Rescue', 'Public Health', 'Probation', 'District CSPs'] as const;
export const RISK_HEADERS = ['Category', 'Volume', 'Probability', ...RISK_PARTNERS.map((p) => `Harm (${p})`), 'Period'] as const;
/** 0-based sheet row of the Risk Matrix header (two title rows and a blank row above it). */
export const RISK_HEADER_ROW = 3;
export const RISK_MAIN_PERIOD = '01/04/2016 - 31/03/2017';

export interface RiskSampleRow {
  readonly category: string;
  /** Annual count, or "-" when none is held. */
  readonly volume: number | string;
  /** Blank (null) to derive it from the volume by the probability bands. */
  readonly probability: number | null;
  /** One per partner in RISK_PARTNERS order; null is a partner who did not score. */
  readonly harms: ReadonlyArray<number | null>;
  readonly period: string;
}

export const RISK_SAMPLE_ROWS: ReadonlyArray<RiskSampleRow> = [
  { category: 'Domestic abuse', volume: 9_812, probability: 15, harms: [16, 17, 15, 17, 16, 15], period: RISK_MAIN_PERIOD },
  { category: 'Anti-social behaviour (ASB)', volume: 17_460, probability: 18, harms: [6, 5, 7, 6, 6, 6], period: RISK_MAIN_PERIOD },
  // Volumes from the Indicators sheet's 2016/17 counts (violence with injury, domestic burglary, vehicle crime).
  { category: 'Violence with injury', volume: 2_709, probability: 12, harms: [15, 14, 13, 15, 14, 13], period: RISK_MAIN_PERIOD },
  { category: 'Domestic burglary', volume: 2_696, probability: 12, harms: [11, 10, 9, 12, 10, 8], period: RISK_MAIN_PERIOD },
  { category: 'Vehicle crime', volume: 5_026, probability: null, harms: [7, 6, 6, 8, 5, 7], period: RISK_MAIN_PERIOD },
  { category: 'Robbery', volume: 231, probability: 6, harms: [14, 13, 12, 13, 14, 12], period: RISK_MAIN_PERIOD },
  // 0.66 reported hate incidents per 1,000 (Appendix 1) × 689,400 residents ≈ 455.
  { category: 'Hate crime', volume: 455, probability: 9, harms: [13, 12, 14, 15, 11, 13], period: RISK_MAIN_PERIOD },
  { category: 'Cyber crime**', volume: 1_150, probability: null, harms: [14, 6, 5, 9, 12, 8], period: '01/01/2016 - 31/12/2016' },
  { category: 'Road casualties*', volume: 1_862, probability: 12, harms: [15, 14, 16, 14, null, 13], period: '01/07/2015 - 30/09/2016' },
  { category: 'Modern slavery', volume: '-', probability: null, harms: [15, 14, 12, 15, 16, 14], period: RISK_MAIN_PERIOD },
];

/** Under the table: the seed's two footnotes verbatim, then a note on the model and on the sample. */
export const RISK_FOOTNOTES: ReadonlyArray<string> = [
  '* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016',
  '** Cyber Crime data uses 12 month period 01/01/2016 - 31/12/2016',
  'Note: The risk harm model, adapted from the Association of Chief Police Officers (ACPO 3 PLEM), multiplies the probability score by the harm score (the average of the scores given by members of the community safety partnerships). LOW RISK 0 - 108, MEDIUM RISK 109 - 216, HIGH RISK 217+. Scores in this sample are illustrative.',
];

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function rowValues(row: RiskSampleRow): CellValue[] {
  return [row.category, row.volume, row.probability, ...row.harms, row.period];
}

/** The sheet as values, anchored at A1: title rows, blank row, header, data, blank row, footnotes. */
export function riskSampleGrid(): SheetGrid {
  const values: CellValue[][] = [
    ['Safer Leicestershire Dashboard'],
    ['Risk Rating by Harm Scores - 2016/17'],
    [],
    [...RISK_HEADERS],
    ...RISK_SAMPLE_ROWS.map(rowValues),
    [],
    ...RISK_FOOTNOTES.map((text) => [text]),
  ];
  return { name: RISK_SHEET_NAME, values };
}

export function addRiskSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(RISK_SHEET_NAME);
  const firstData = RISK_HEADER_ROW + 1;
  const lastData = RISK_HEADER_ROW + RISK_SAMPLE_ROWS.length;
  riskSampleGrid().values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || typeof value === 'object') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === RISK_HEADER_ROW) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { wrapText: true, vertical: 'top' };
      } else if (r >= firstData && r <= lastData && c === 1 && typeof value === 'number') {
        cell.numFmt = '#,##0';
      } else if (r > lastData) {
        cell.font = { italic: true, size: 9 };
      }
    });
  });
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').font = { bold: true };
  [30, 10, 12, ...RISK_PARTNERS.map(() => 12), 24].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return sheet;
}

/**
 * A generated Risk Matrix of `n` categories for scale tests and the bench: the sample's header, with
 * deterministic scores; every third probability is blank (derived from volume), every 40th row has a
 * harm disagreement, every 50th a blank harm cell and every 100th a different period.
 */
export function generateRiskGrid(n: number): SheetGrid {
  const values: CellValue[][] = [['Risk Rating by Harm Scores (generated)'], [], [...RISK_HEADERS]];
  for (let i = 0; i < n; i++) {
    // Partners agree within a point, except every 40th row where one scores far off (a disagreement).
    const base = (i % 12) + 4;
    const harms: Array<number | null> = RISK_PARTNERS.map((_, p) => base + ((i + p) % 3) - 1);
    if (i % 40 === 7) harms[0] = base > 9 ? 1 : 18;
    if (i % 50 === 0) harms[4] = null;
    values.push([
      `Category ${i + 1}`,
      (i * 7_919) % 20_000,
      i % 3 === 0 ? null : (i % 18) + 1,
      ...harms,
      i % 100 === 99 ? '01/01/2016 - 31/12/2016' : RISK_MAIN_PERIOD,
    ]);
  }
  return { name: RISK_SHEET_NAME, values };
}
