import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { SheetGrid } from '../grid/CellGrid';
import { cellAddress } from '../grid/address';
import type { ColumnWrite } from '../output/WritePlan';
import type { LocatedTable } from '../sheets/locateTable';
import { NO_DATA_RATING, RiskBand, RiskSettings } from './RiskSettings';
import type { RiskResult } from './RiskResult';
import { categoryFirstRows } from './categoryFirstRows';
import { formatRiskNumber, formatTypedNumber } from './formatRiskNumber';
import { dropTextOnlyHarmColumns } from './dropTextOnlyHarmColumns';
import { harmSpread } from './harmSpread';
import { harmColumnsOf, outputColumnsOf } from './locateRiskTable';
import { rankRiskScores } from './rankRiskScores';
import { RiskRowInput, riskRowReader } from './readRiskRow';
import { riskBandFor } from './riskBandFor';
import { riskOutputColumns } from './riskOutputColumns';
import { RiskReasonWriter, riskReasonWriter, withPeriodDiffers } from './riskReason';
import { memoise } from '../memo/memoise';
import { periodKey } from '../values/periodKey';

export interface RiskSheetResult {
  /** One per data row with any input, in sheet order. */
  readonly rows: ReadonlyArray<RiskResult>;
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * Calculates a Risk Matrix (contract §5; seed 002 Appendix 2): harm score = mean of the filled harm
 * cells, risk score = probability × harm score, rating by the bands in Settings, rank 1 = highest.
 * Never throws on bad cells: errors block their row, warnings are calculated and reported.
 */
export function calculateRiskSheet(grid: SheetGrid, table: LocatedTable, settings: RiskSettings): RiskSheetResult {
  const first = (key: string) => table.columns.get(key)?.[0]?.column;
  const harms = dropTextOnlyHarmColumns(grid, table, harmColumnsOf(grid, table.headerRow), settings.harmScale);
  const columns = {
    category: first('category'),
    volume: first('volume'),
    probability: first('probability'),
    period: first('period'),
    harms: harms.harms,
  };
  const readRow = riskRowReader(grid, columns, settings);
  const reasonFor = riskReasonWriter(settings);

  // Pass 1 builds each row's result straight from its cells; what needs every row (the main period,
  // ranks, findings in row order) is filled in by pass 2. Keeping no per-row input objects alive
  // between the passes matters: on large sheets their garbage collection cost more than the reading.
  const rows: MutableRiskResult[] = [];
  const rowFindings: Array<ReadonlyArray<Finding> | undefined> = [];
  const periodColumns: Array<number | undefined> = [];
  // Rows whose period is a part-year note on the Volume: they never set the sheet's main period.
  const partYearNotes: boolean[] = [];
  const riskScores: Array<number | undefined> = [];
  const results = new Array<RiskResult | undefined>(table.endRow - table.firstRow);
  for (let row = table.firstRow; row < table.endRow; row++) {
    const input = readRow(row);
    if (input.empty) continue;
    const result = scoredResult(grid.name, input, settings, reasonFor);
    if (input.errors.length > 0 || input.warnings.length > 0) rowFindings[rows.length] = [...input.errors, ...input.warnings];
    if (input.partYearNote) partYearNotes[rows.length] = true;
    periodColumns.push(input.periodColumn);
    riskScores.push(result.riskScore);
    rows.push(result);
    results[row - table.firstRow] = result;
  }

  const count = rows.length;
  const findings: Finding[] = [...harms.findings];
  const periodKeys = periodKeysOf(rows);
  const mainPeriod = mainPeriodOf(rows, periodKeys, partYearNotes);
  const mainKey = mainPeriod === undefined ? undefined : periodKey(mainPeriod);
  const ranks = rankRiskScores(riskScores);
  const firstRows = categoryFirstRows(count);
  const categoryCell = (row: number) => cellAddress(row, columns.category ?? 0);
  for (let i = 0; i < count; i++) {
    const result = rows[i];
    result.rank = ranks[i];
    const own = rowFindings[i];
    if (own !== undefined) for (const finding of own) findings.push(finding);
    const periodDiffers = mainKey !== undefined && periodKeys[i] !== undefined && periodKeys[i] !== mainKey;
    result.periodDiffers = periodDiffers;
    if (!result.notScored) {
      if (periodDiffers && result.period !== undefined) {
        const name = result.category === '' ? `Row ${result.row + 1}` : result.category;
        findings.push(makeFinding('riskPeriodDiffers', { sheet: grid.name, cell: cellAddress(result.row, periodColumns[i]!) }, { category: name, raw: result.period, main: mainPeriod, expected: mainPeriod }));
        result.reason = withPeriodDiffers(result.reason, result.period, mainPeriod!);
      }
      const spread = result.harmSpread;
      if (spread !== undefined && spread > settings.harmDisagreement) findings.push(disagreement(grid.name, result, categoryCell(result.row), spread, settings));
    }
    if (result.category !== '') {
      const earlier = firstRows.firstRowOf(result.category, result.row);
      if (earlier !== undefined) {
        findings.push(makeFinding('riskDuplicateCategory', { sheet: grid.name, cell: categoryCell(result.row) }, { raw: result.category, first: categoryCell(earlier) }));
      }
    }
  }

  const writes = riskOutputColumns(grid.name, table, outputColumnsOf(grid, table.headerRow), results, settings);
  return { rows, columns: writes, findings };
}

type MutableRiskResult = { -readonly [K in keyof RiskResult]: RiskResult[K] };

/**
 * A row's result with its scores, rating and Reason; `rank` and `periodDiffers` are placeholders
 * (in their final key order) until every row is read.
 */
function scoredResult(sheet: string, input: RiskRowInput, settings: RiskSettings, reasonFor: RiskReasonWriter): MutableRiskResult {
  const notScored = input.errors.length > 0;
  const harms = input.harms;
  let harmScore: number | undefined;
  let spread: number | undefined;
  let riskScore: number | undefined;
  let band: RiskBand | undefined;
  if (!notScored && harms.length > 0) {
    let sum = 0;
    for (const h of harms) sum += h.score;
    harmScore = sum / harms.length;
    if (harms.length >= 2) spread = harmSpread(harms, harmScore);
    if (input.probability !== undefined) {
      riskScore = input.probability * harmScore;
      band = riskBandFor(riskScore, settings.bands);
    }
  }
  return {
    sheet,
    row: input.row,
    category: input.category,
    volume: input.volume,
    probability: input.probability,
    probabilitySource: input.probabilitySource,
    harms,
    harmScore,
    harmSpread: spread,
    riskScore,
    rating: notScored ? undefined : band === undefined ? NO_DATA_RATING : band.label,
    rank: undefined,
    period: input.period,
    periodDiffers: false,
    notScored,
    reason: reasonFor(input, harmScore, riskScore, band, spread),
  };
}

/** Each row's period key; the keys of repeated period labels are worked out once. */
function periodKeysOf(rows: ReadonlyArray<RiskResult>): Array<string | undefined> {
  const keyOf = memoise(periodKey);
  const keys = new Array<string | undefined>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const label = rows[i].period;
    if (label !== undefined) keys[i] = keyOf(label);
  }
  return keys;
}

/**
 * The most common period among the rows (the first seen wins a tie), leaving out part-year notes on
 * the Volume ("4,000 (Apr-Sep 2016)"); undefined when none is given.
 */
function mainPeriodOf(rows: ReadonlyArray<RiskResult>, keys: ReadonlyArray<string | undefined>, partYearNotes: ReadonlyArray<boolean>): string | undefined {
  const counts = new Map<string, { label: string; count: number }>();
  for (let i = 0; i < rows.length; i++) {
    const key = keys[i];
    const label = rows[i].period;
    if (label === undefined || key === undefined || partYearNotes[i]) continue;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { label, count: 1 });
    else entry.count++;
  }
  let best: { label: string; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.label;
}

function disagreement(sheet: string, result: RiskResult, categoryCell: string, spread: number, settings: RiskSettings): Finding {
  const scores = result.harms.map((h) => h.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const who = (score: number) => result.harms.filter((h) => h.score === score).map((h) => h.header).join(' and ');
  return makeFinding('riskHarmDisagreement', { sheet, cell: categoryCell }, {
    category: result.category,
    spread: formatRiskNumber(spread),
    threshold: formatRiskNumber(settings.harmDisagreement),
    lowest: `${who(low)} at ${formatTypedNumber(low)}`,
    highest: `${who(high)} at ${formatTypedNumber(high)}`,
    parsed: formatRiskNumber(spread),
    expected: `a standard deviation of ${formatRiskNumber(settings.harmDisagreement)} or less`,
  });
}
