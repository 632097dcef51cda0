/**
 * Builds examples/leicestershire-2016-17.xlsx: the Safer Communities dashboard of seed 002
 * (Appendix 1, Quarter 4 2016/17) as an analyst would keep it, with a Settings sheet.
 * Run: npm run build:sample. One function per sheet; later sheets (Districts, Peers, Trends,
 * Risk Matrix) are added the same way.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'fs';
import { dirname, join } from 'path';
import { addDistrictsSheet } from './sample/districtsSheet';
import { addPeersSheet } from './sample/peersSheet';
import { addRiskSheet } from './sample/riskSheet';
import { addTrendsSheet } from './sample/trendsSheet';

export const SAMPLE_PATH = join(__dirname, '..', 'examples', 'leicestershire-2016-17.xlsx');

type Cell = string | number | null;

/** A typed cell with an optional number format (percentages typed as numbers). */
interface Typed {
  readonly value: Cell;
  readonly numFmt?: string;
}
const pct = (value: number): Typed => ({ value, numFmt: '0.0%' });

export interface SampleRow {
  readonly outcome: string;
  readonly indicator: string;
  readonly previous: Cell | Typed;
  readonly current: Cell | Typed;
  /** Counts and populations for the crime-rate rows. */
  readonly counts?: { previous: number; previousPopulation: number; current: number; currentPopulation: number };
  readonly nearestNeighbour: Cell;
  readonly county: Cell;
  readonly polarity: 'Low is good' | 'High is good' | 'In range';
  readonly range?: string;
}

/** Mid-year population estimates chosen for Leicestershire (county, excluding Leicester City). */
export const PREVIOUS_POPULATION = 683_900;
export const CURRENT_POPULATION = 689_400;

const crime = (previous: number, current: number) => ({
  previous,
  previousPopulation: PREVIOUS_POPULATION,
  current,
  currentPopulation: CURRENT_POPULATION,
});

const CRIME = 'Ongoing reductions in crime';
const OFFENDING = 'Reduce offending and re-offending';
const VULNERABLE = 'Protect and support the most vulnerable in communities';
const ASB = 'Continue to reduce anti-social behaviour';
const PREVENT = 'Prevent people from being drawn into terrorism with a focus on working in partnership to reduce the risk of radicalisation';

/** Appendix 1 as published (seed 002), with counts that reproduce the published crime rates. */
export const SAMPLE_ROWS: ReadonlyArray<SampleRow> = [
  { outcome: CRIME, indicator: 'Total Crime rate (per 1,000 population)', previous: 47.21, current: 51.61, counts: crime(32_287, 35_580), nearestNeighbour: '4/9', county: 'Top', polarity: 'Low is good' },
  { outcome: CRIME, indicator: 'Domestic Burglary rate (per 1,000 population)', previous: 3.53, current: 3.91, counts: crime(2_414, 2_696), nearestNeighbour: '6/9', county: 'Above Average', polarity: 'Low is good' },
  { outcome: CRIME, indicator: 'Vehicle Crime rate (per 1,000 population)', previous: 7.07, current: 7.29, counts: crime(4_835, 5_026), nearestNeighbour: '5/9', county: 'Average', polarity: 'Low is good' },
  { outcome: CRIME, indicator: 'Violence with Injury rate (per 1,000 population)', previous: 2.95, current: 3.93, counts: crime(2_018, 2_709), nearestNeighbour: '2/9', county: 'Top', polarity: 'Low is good' },
  { outcome: OFFENDING, indicator: '% Reduction in offending by IOM & PPO Offenders', previous: '41%', current: pct(0.428), nearestNeighbour: '-', county: '-', polarity: 'High is good' },
  { outcome: OFFENDING, indicator: 'Rate of re-offending by young offenders (local data)', previous: 0.82, current: '0.28 (Q3 tracking)', nearestNeighbour: '-', county: '-', polarity: 'Low is good' },
  { outcome: OFFENDING, indicator: 'Number of first time entrants to the criminal justice system aged 10 - 17', previous: 124, current: '83 (April -Dec2016)', nearestNeighbour: 'Top', county: null, polarity: 'Low is good' },
  { outcome: VULNERABLE, indicator: '% of domestic violence cases reviewed at MARAC that are repeat incidents', previous: '28% (Apr2015-Mar2016)', current: '37% (Jan2016-Dec2016)', nearestNeighbour: '-', county: '-', polarity: 'In range', range: '28%-40%' },
  { outcome: VULNERABLE, indicator: 'Number of referrals to domestic abuse support services (adults). From December 2015 includes sexual violence referrals.', previous: '2003*', current: '1611**', nearestNeighbour: '-', county: '-', polarity: 'High is good' },
  { outcome: ASB, indicator: '% of people stating that they have been a victim of anti-social behaviour in the past year', previous: pct(0.054), current: pct(0.054), nearestNeighbour: '-', county: '-', polarity: 'Low is good' },
  { outcome: ASB, indicator: '% of people stating that they feel that the police and other local public services are successfully dealing with ASB and crime in their local area', previous: '92.7%', current: '84.5%', nearestNeighbour: '-', county: '-', polarity: 'High is good' },
  { outcome: PREVENT, indicator: 'Reported hate incidents (per 1,000 population)', previous: 0.58, current: 0.66, nearestNeighbour: '-', county: '-', polarity: 'High is good' },
];

/** The footnotes under Appendix 1 (seed 002), and paragraph 16 of the report as a note. */
export const SAMPLE_FOOTNOTES: ReadonlyArray<string> = [
  '* The figure provided includes an estimated number (227) of supports for HBBC stand-alone DA services based on 2013-15 performance. Figures provided relate to 2015/16, not a 12 month rolling figure. Figures exclude callers to the domestic abuse helpline and children referred for specialist domestic abuse support',
  '**Includes UAVA referrals (1174), HBBC & Blaby support services (287), LWA lottery funded outreach services(150).',
  'Note: comparative figures for referrals to domestic abuse support services are problematic (change of service providers, additional district based services); the 2015/16 figure is estimated, so the two years are not comparable.',
];

export const INDICATOR_HEADERS = [
  'Outcomes',
  'Supporting Indicators',
  'Previous Year (2015-16)',
  'Current Year (2016-17)',
  'Previous count',
  'Previous population',
  'Current count',
  'Current population',
  'Nearest Neighbour Comparison',
  'County Comparison',
] as const;

/** 0-based sheet row of the Indicators header (two title rows and a blank row above it). */
export const INDICATORS_HEADER_ROW = 3;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function setTyped(cell: ExcelJS.Cell, typed: Cell | Typed): void {
  if (typed !== null && typeof typed === 'object') {
    cell.value = typed.value;
    if (typed.numFmt) cell.numFmt = typed.numFmt;
  } else {
    cell.value = typed;
  }
}

export function addIndicatorsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Indicators');
  sheet.getCell('A1').value = 'Appendix 1 - Safer Communities Performance Dashboard Quarter 4, 2016/17';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'Leicestershire Safer Communities Strategy Board';
  const header = sheet.getRow(INDICATORS_HEADER_ROW + 1);
  INDICATOR_HEADERS.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  let outcomeStart = 0;
  SAMPLE_ROWS.forEach((row, i) => {
    const r = INDICATORS_HEADER_ROW + 2 + i;
    const excelRow = sheet.getRow(r);
    const firstOfOutcome = i === 0 || SAMPLE_ROWS[i - 1].outcome !== row.outcome;
    if (firstOfOutcome) {
      excelRow.getCell(1).value = row.outcome;
      outcomeStart = r;
    }
    excelRow.getCell(2).value = row.indicator;
    setTyped(excelRow.getCell(3), row.previous);
    setTyped(excelRow.getCell(4), row.current);
    if (row.counts) {
      excelRow.getCell(5).value = row.counts.previous;
      excelRow.getCell(6).value = row.counts.previousPopulation;
      excelRow.getCell(7).value = row.counts.current;
      excelRow.getCell(8).value = row.counts.currentPopulation;
      for (const c of [5, 6, 7, 8]) excelRow.getCell(c).numFmt = '#,##0';
    }
    excelRow.getCell(9).value = row.nearestNeighbour;
    excelRow.getCell(10).value = row.county;
    const lastOfOutcome = i === SAMPLE_ROWS.length - 1 || SAMPLE_ROWS[i + 1].outcome !== row.outcome;
    // The board's table merges each outcome cell down its indicators; read back, the cells below are blank.
    if (lastOfOutcome && r > outcomeStart) sheet.mergeCells(outcomeStart, 1, r, 1);
    if (lastOfOutcome) sheet.getCell(outcomeStart, 1).alignment = { wrapText: true, vertical: 'top' };
    excelRow.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  const footnoteRow = INDICATORS_HEADER_ROW + 2 + SAMPLE_ROWS.length + 1;
  SAMPLE_FOOTNOTES.forEach((text, i) => {
    const cell = sheet.getCell(footnoteRow + i, 1);
    cell.value = text;
    cell.font = { italic: true, size: 9 };
  });
  [34, 60, 16, 16, 12, 14, 12, 14, 14, 14].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return sheet;
}

export function addSettingsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Settings');
  const rows: [string, string][] = [['Setting', 'Value'], ['Home area', 'Leicestershire']];
  for (const row of SAMPLE_ROWS) rows.push([`Polarity: ${row.indicator}`, row.polarity]);
  for (const row of SAMPLE_ROWS) if (row.range) rows.push([`Range: ${row.indicator}`, row.range]);
  rows.forEach((row, r) => {
    sheet.getCell(r + 1, 1).value = row[0];
    sheet.getCell(r + 1, 2).value = row[1];
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).width = 90;
  sheet.getColumn(2).width = 20;
  return sheet;
}

/** The published rate reproduced from count and population, to two decimals. */
export function rateFromCounts(count: number, population: number): number {
  return Math.round((count / population) * 1000 * 100) / 100;
}

/** Throws unless every count/population pair reproduces the published rate to two decimals. */
export function checkSampleRates(): void {
  for (const row of SAMPLE_ROWS) {
    if (!row.counts) continue;
    const previous = rateFromCounts(row.counts.previous, row.counts.previousPopulation);
    const current = rateFromCounts(row.counts.current, row.counts.currentPopulation);
    if (previous !== row.previous || current !== row.current) {
      throw new Error(`${row.indicator}: counts give ${previous} → ${current}, published ${String(row.previous)} → ${String(row.current)}`);
    }
  }
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  checkSampleRates();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Safer Dashboard sample builder';
  workbook.created = new Date(Date.UTC(2017, 5, 1));
  workbook.modified = workbook.created;
  addIndicatorsSheet(workbook);
  addSettingsSheet(workbook);
  addDistrictsSheet(workbook);
  addPeersSheet(workbook);
  addTrendsSheet(workbook);
  addRiskSheet(workbook);
  return workbook;
}

async function main(): Promise<void> {
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  await buildSampleWorkbook().xlsx.writeFile(SAMPLE_PATH);
  console.log(`Wrote ${SAMPLE_PATH}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
