import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { SheetGrid } from '../grid/CellGrid';
import type { ColumnWrite } from '../output/WritePlan';
import type { LocatedTable } from '../sheets/locateTable';
import { NO_DATA_RATING, RiskSettings } from './RiskSettings';
import type { RiskResult } from './RiskResult';
import { formatRiskNumber } from './formatRiskNumber';
import { harmSpread } from './harmSpread';
import { harmColumnsOf, outputColumnsOf } from './locateRiskTable';
import { rankRiskScores } from './rankRiskScores';
import { RiskRowInput, readRiskRow } from './readRiskRow';
import { riskBandFor } from './riskBandFor';
import { riskOutputColumns } from './riskOutputColumns';
import { riskReason } from './riskReason';

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
  const columns = {
    category: first('category'),
    volume: first('volume'),
    probability: first('probability'),
    period: first('period'),
    harms: harmColumnsOf(grid, table.headerRow),
  };
  const inputs: RiskRowInput[] = [];
  for (let row = table.firstRow; row < table.endRow; row++) {
    const input = readRiskRow(grid, row, columns, settings);
    if (!input.empty) inputs.push(input);
  }

  const findings: Finding[] = [];
  const periodKeys = inputs.map((input) => (input.period ? periodKey(input.period.label) : undefined));
  const mainPeriod = mainPeriodOf(inputs, periodKeys);
  const mainKey = mainPeriod === undefined ? undefined : periodKey(mainPeriod);
  const scored = inputs.map((input) => scoreRow(input, settings));
  const ranks = rankRiskScores(scored.map((s) => s.riskScore));
  const seen = new Map<string, RiskRowInput>();

  const rows: RiskResult[] = inputs.map((input, i) => {
    const { harmScore, riskScore, rating, spread } = scored[i];
    if (input.errors.length > 0) findings.push(...input.errors);
    if (input.warnings.length > 0) findings.push(...input.warnings);
    const periodDiffers = mainKey !== undefined && periodKeys[i] !== undefined && periodKeys[i] !== mainKey;
    const name = input.category === '' ? `Row ${input.row + 1}` : input.category;
    if (input.errors.length === 0) {
      if (periodDiffers && input.period) {
        findings.push(makeFinding('riskPeriodDiffers', { sheet: grid.name, cell: input.period.cell }, { category: name, raw: input.period.label, main: mainPeriod, expected: mainPeriod }));
      }
      if (spread !== undefined && spread > settings.harmDisagreement) findings.push(disagreement(grid.name, input, spread, settings));
    }
    const key = input.category.toLowerCase();
    const earlier = seen.get(key);
    if (input.category !== '' && earlier) {
      findings.push(makeFinding('riskDuplicateCategory', { sheet: grid.name, cell: input.categoryCell }, { raw: input.category, first: earlier.categoryCell }));
    } else if (input.category !== '') seen.set(key, input);

    const reason = riskReason({
      input, settings, harmScore, riskScore, harmSpread: spread,
      band: riskScore === undefined ? undefined : riskBandFor(riskScore, settings.bands),
      mainPeriod: periodDiffers ? mainPeriod : undefined,
    });
    return {
      sheet: grid.name,
      row: input.row,
      category: input.category,
      volume: input.volume,
      probability: input.probability,
      probabilitySource: input.probabilitySource,
      harms: input.harms,
      harmScore,
      harmSpread: spread,
      riskScore,
      rating,
      rank: ranks[i],
      period: input.period?.label,
      periodDiffers,
      notScored: input.errors.length > 0,
      reason,
    };
  });

  const byRow = new Map(rows.map((r) => [r.row, r]));
  const writes = riskOutputColumns(grid.name, table, outputColumnsOf(grid, table.headerRow), byRow, settings);
  return { rows, columns: writes, findings };
}

function scoreRow(input: RiskRowInput, settings: RiskSettings): { harmScore?: number; riskScore?: number; rating?: string; spread?: number } {
  if (input.errors.length > 0) return {};
  const scores = input.harms.map((h) => h.score);
  const harmScore = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  const spread = scores.length >= 2 ? harmSpread(scores) : undefined;
  if (harmScore === undefined || input.probability === undefined) return { harmScore, spread, rating: NO_DATA_RATING };
  const riskScore = input.probability * harmScore;
  return { harmScore, riskScore, spread, rating: riskBandFor(riskScore, settings.bands).label };
}

/** Periods compare ignoring case, spacing and trailing footnote marks ("2016/17*" = "2016/17"). */
function periodKey(label: string): string {
  return label.replace(/\s+/g, ' ').replace(/[\s*†‡]+$/u, '').trim().toLowerCase();
}

/** The most common period among the rows (the first seen wins a tie); undefined when none is given. */
function mainPeriodOf(inputs: ReadonlyArray<RiskRowInput>, keys: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string, { label: string; count: number }>();
  for (const [i, input] of inputs.entries()) {
    const key = keys[i];
    if (!input.period || key === undefined) continue;
    const entry = counts.get(key) ?? { label: input.period.label, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best: { label: string; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.label;
}

function disagreement(sheet: string, input: RiskRowInput, spread: number, settings: RiskSettings): Finding {
  const scores = input.harms.map((h) => h.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const who = (score: number) => input.harms.filter((h) => h.score === score).map((h) => h.header).join(' and ');
  return makeFinding('riskHarmDisagreement', { sheet, cell: input.categoryCell }, {
    category: input.category,
    spread: formatRiskNumber(spread),
    threshold: formatRiskNumber(settings.harmDisagreement),
    lowest: `${who(low)} at ${formatRiskNumber(low)}`,
    highest: `${who(high)} at ${formatRiskNumber(high)}`,
    parsed: formatRiskNumber(spread),
    expected: `a standard deviation of ${formatRiskNumber(settings.harmDisagreement)} or less`,
  });
}
