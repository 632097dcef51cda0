import { OWNED_SHEET_MARK, type CellValue, type SheetGrid } from '../../../src/engine';
import { gridOf } from '../gridOf';

/**
 * A workbook seeded with one instance of every check, each on a row of its own so it yields exactly
 * one finding. EXPECTED lists them: code → address. Figures echo seed 002's dashboard.
 */
const HEADER: CellValue[] = [
  'Outcome', 'Indicator', 'Measure', 'Polarity', 'Previous period', 'Current period',
  'Previous Year (2015-16)', 'Current Year (2016-17)', 'Previous count', 'Previous population',
  'Current count', 'Current population', 'Range low', 'Range high', 'Nearest Neighbour Comparison', 'Tolerance', 'Tolerance',
];
//            A        B     C         D             E     F     G     H     I     J     K     L     M     N     O     P
const COLUMNS = ['E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'] as const;
const row = (outcome: string | null, name: string | null, measure: string | null, polarity: string | null, cells: Partial<Record<(typeof COLUMNS)[number], CellValue>>): CellValue[] =>
  [outcome, name, measure, polarity, ...COLUMNS.map((c) => cells[c] ?? null)];

const RATE = 'Rate per 1,000';
const LOW = 'Low is good';
const HIGH = 'High is good';
const CRIME = 'Ongoing reductions in crime';

const ROWS: Array<{ code?: string; cell?: string; cells: CellValue[] }> = [
  { code: 'V007', cell: 'B2', cells: row(null, 'Total crime rate', RATE, LOW, { G: 47.21, H: 51.61 }) },
  { cells: row(CRIME, 'Domestic burglary rate', RATE, LOW, { G: 3.53, H: 3.91 }) },
  { cells: row(null, 'Vehicle crime rate', RATE, LOW, { G: 7.07, H: 7.29 }) },
  { code: 'V001', cell: 'H5', cells: row(null, 'Violence with injury rate', RATE, LOW, { G: 2.95, H: 'about 4' }) },
  { code: 'V002', cell: 'H6', cells: row(null, 'Robbery rate', RATE, LOW, { G: 0.41, H: { error: '#DIV/0!' } }) },
  { code: 'V003', cell: 'H7', cells: row(null, 'Shoplifting rate', RATE, LOW, { G: 5.1, H: '5.4 approx' }) },
  { code: 'V004', cell: 'K8', cells: row(null, 'Criminal damage rate', RATE, LOW, { I: 4100, J: 683900, K: -4300, L: 689400 }) },
  { code: 'V005', cell: 'L9', cells: row(null, 'Cycle theft rate', RATE, LOW, { I: 520, J: 683900, K: 560 }) },
  { code: 'V006', cell: 'B10', cells: row(null, 'Total crime rate', RATE, LOW, { G: 47.21, H: 51.61 }) },
  { code: 'V008', cell: 'D11', cells: row(null, 'Sexual offences rate', RATE, 'Sideways', { G: 1.2, H: 1.3 }) },
  { code: 'V009', cell: 'C12', cells: row(null, 'Hate crime rate', 'Furlongs', HIGH, { G: 0.58, H: 0.66 }) },
  { code: 'V010', cell: 'B13', cells: row(null, 'Arson rate', RATE, null, { G: 0.3, H: 0.31 }) },
  { code: 'V011', cell: 'H14', cells: row('Reduce offending and re-offending', 'First time entrants aged 10 - 17', 'Count', LOW, { G: 124, H: '83 (April -Dec2016)' }) },
  { code: 'V012', cell: 'H15', cells: row(null, 'Young people in education or training', 'Count', HIGH, { G: '300 (Apr2014-Mar2016)', H: 160 }) },
  { code: 'V013', cell: 'G16', cells: row('Protect the most vulnerable', 'Referrals to domestic abuse support services', 'Count', HIGH, { G: '2003*', H: 1900 }) },
  { code: 'V014', cell: 'H17', cells: row(null, 'Referrals to sexual violence services', 'Count', HIGH, { G: 1500, H: '1611**' }) },
  { code: 'V018', cell: 'B18', cells: row(null, null, 'Count', HIGH, { G: 12, H: 14 }) },
  { code: 'V019', cell: 'M19', cells: row(null, 'MARAC repeat referrals', 'Percentage', 'In range', { G: '28%', H: '37%', M: '40%', N: '28%' }) },
  { code: 'V020', cell: 'H20', cells: row('Continue to reduce anti-social behaviour', 'ASB satisfaction score', 'Score', HIGH, { G: 10, H: 20 }) },
  { code: 'V021', cell: 'H21', cells: row(null, '% feeling safe after dark', 'Percentage', HIGH, { G: '74.7%', H: '142%' }) },
  { code: 'V022', cell: 'H22', cells: row(null, '% reduction in offending by IOM offenders', 'Percentage', HIGH, { G: 0.41, H: 42.8 }) },
  { code: 'V023', cell: 'H23', cells: row(null, 'ASB incidents', 'Count', LOW, { G: 124, H: -83 }) },
  { code: 'V024', cell: 'O24', cells: row(null, 'Business burglary rate', RATE, LOW, { G: 2.1, H: 2.2, O: '10/9' }) },
  { code: 'V025', cell: 'F25', cells: row(null, 'Residential burglary rate', RATE, LOW, { F: '2015-16', G: 3.53, H: 3.71 }) },
  { code: 'V026', cell: 'I26', cells: row(null, 'Racially aggravated crime rate', RATE, LOW, { I: 8, J: 683900, K: 11, L: 689400 }) },
  { code: 'D007', cell: 'K27', cells: row(null, '% of cases closed with an outcome', 'Percentage', HIGH, { I: 40, J: 100, K: 120, L: 100 }) },
  { code: 'V028', cell: 'P28', cells: row(null, 'Drug offences rate', RATE, LOW, { G: 1.9, H: 2.1, P: '100%' }) },
  { code: 'V029', cell: 'H29', cells: row(null, 'Public order offences rate', RATE, LOW, { G: 44.12, H: 40, I: 30000, J: 680000, K: 36000, L: 690000 }) },
  { code: 'V034', cell: 'M30', cells: row(null, '% of MARAC cases that are repeat referrals', 'Percentage', 'In range', { G: '28%', H: '37%', M: 28, N: 40 }) },
  { code: 'V036', cell: 'O31', cells: row(null, 'Theft from the person rate', RATE, LOW, { G: 0.5, H: 0.51, O: { error: '#REF!' } }) },
];

const FOOTNOTE = '* Estimated: includes an estimated 227 supports for stand-alone services.';

/** An indicator row left below the blank row and footnote that end the table: not read (V035). */
const CUT_OFF = row(null, 'Reported hate incidents', RATE, HIGH, { G: 0.58, H: 0.66 });
const CUT_OFF_ROW = ROWS.length + 4; // header, rows, blank, footnote

function indicatorsSheet(): SheetGrid {
  return gridOf('Indicators', [HEADER, ...ROWS.map((r) => r.cells), [], [FOOTNOTE], CUT_OFF]);
}

function settingsSheet(): SheetGrid {
  return gridOf('Settings', [
    ['Setting', 'Value'],
    ['Home area', 'Leicestershire'],
    ['Districts', 'Blaby, Charnwood, Melton'],
    ['Stable tolerance', 'lots'],
    ['Colour scheme', 'blue'],
    ['Polarity: Arson rat', 'Low is good'],
    [null, '5%'],
    ['Home area', 'Leicestershire'],
  ]);
}

/** A second Setting | Value table, ignored: the sheet named Settings is read. */
function configSheet(): SheetGrid {
  return gridOf('Config', [['Setting', 'Value'], ['Red threshold', '20%']]);
}

/** Blaby, Charnwood and Melton for burglary (plus "Oadby", not in the Districts setting); Melton missing for vehicle crime. */
function districtsSheet(): SheetGrid {
  return gridOf('Districts', [
    ['District', 'Indicator', 'Period', 'Count', 'Population'],
    ['Blaby', 'Domestic burglary rate', '2016-17', 310, 100400],
    ['Charnwood', 'Domestic burglary rate', '2016-17', 620, 182600],
    ['Melton', 'Domestic burglary rate', '2016-17', 150, 51100],
    ['Oadby', 'Domestic burglary rate', '2016-17', 200, 56200],
    ['Blaby', 'Vehicle crime rate', '2016-17', 640, 100400],
    ['Charnwood', 'Vehicle crime rate', '2016-17', 1310, 182600],
  ]);
}

/** A sheet named like the Indicators sheet but with no header row. */
function oldIndicatorsSheet(): SheetGrid {
  return gridOf('Indicators (old)', [['Dashboard for 2015/16'], ['Outcome', 'Notes']]);
}

/** The analyst's own sheet named like the add-in's Dashboard (no owned-sheet mark). */
function ownDashboardSheet(): SheetGrid {
  return gridOf('Dashboard', [['Board table, typed by hand'], ['Outcome', 'RAG']]);
}

/** A Dashboard the add-in made (its mark in A2), kept under another name: not read as input. */
function keptDashboardCopy(): SheetGrid {
  return gridOf('Q3 Dashboard (kept)', [
    ['Safer Communities Performance Dashboard – 2016-17'],
    [OWNED_SHEET_MARK],
    ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous (2015-16)', 'Current (2016-17)'],
    ['Ongoing reductions in crime', 'A', 'Total crime rate', 47.21, 51.61],
  ]);
}

/** A Validation sheet as an earlier version wrote it (no mark): not read, not replaced. */
function earlierValidationSheet(): SheetGrid {
  return gridOf('Validation', [['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix']]);
}

export function seededWorkbook(): SheetGrid[] {
  return [indicatorsSheet(), settingsSheet(), districtsSheet(), oldIndicatorsSheet(), ownDashboardSheet(), configSheet(), keptDashboardCopy(), earlierValidationSheet()];
}

/** Every finding the seeded workbook must give, as "code Sheet!A1", sorted. */
export const EXPECTED: ReadonlyArray<string> = [
  ...ROWS.filter((r) => r.code).map((r) => `${r.code} Indicators!${r.cell}`),
  `V035 Indicators!B${CUT_OFF_ROW}`,
  // The second Tolerance header (column Q) is ignored: the first one is read.
  'V037 Indicators!Q1',
  'V015 Indicators (old)!A1',
  'V016 Settings!B4',
  'V017 Settings!A5',
  'V031 Settings!A6',
  'V033 Settings!B7',
  'V032 Settings!A8',
  'V030 Config!A1',
  'D001 Districts!A5',
  'D002 Districts!A4',
  // Melton has no Vehicle crime row, so that group's county rate is not summed from two districts of three.
  'D008 Districts!A6',
  'V027 Dashboard!A1',
  'V038 Q3 Dashboard (kept)!A2',
  'V039 Validation!A1',
].sort();
