import { type Finding, anyError } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import type { SheetGrid } from '../grid/CellGrid';
import { type ColumnWrite, EMPTY_CELL } from '../output/WritePlan';
import { rankCells } from '../output/rankCells';
import type { Settings } from '../settings/Settings';
import type { LocatedTable } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodKey } from '../values/periodKey';
import { IndicatorProfiles, indicatorsByText, profileFor } from '../districts/IndicatorProfile';
import { figureKindFor } from '../districts/measuredFigure';
import { outputColumnWrites } from '../districts/outputColumnWrites';
import { rankByPolarity } from '../districts/rankByPolarity';
import { figureCellsReader } from '../districts/readFigureCells';
import { IndicatorRows, groupForPeriod } from '../districts/groupForPeriod';
import { periodMissingFinding } from '../districts/periodMissingFinding';
import type { ComparisonCellOf } from '../sheets/SheetKind';
import { countyComparisonFor } from './countyComparisonFor';
import { PEER_OUTPUT_COLUMNS } from './peerColumns';
import type { PeerAreaResult, PeerRankResult } from './PeerResult';
import { tableColumnReader } from '../sheets/tableColumnReader';

export interface PeersSheetResult {
  /**
   * One per indicator (its current period, else the latest, when several are given), in order of first
   * appearance; without a rank, and a note, when the sheet has other periods but not the current one.
   */
  readonly indicators: ReadonlyArray<PeerRankResult>;
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly findings: ReadonlyArray<Finding>;
}

interface PeerRow {
  readonly row: number;
  readonly area: string;
  readonly indicator: string;
  readonly period?: string;
  readonly value?: number;
  readonly blocked: boolean;
  /** True when the row's own cells have an error (a finding already names it); not a duplicate. */
  readonly hasError: boolean;
  readonly areaCell: string;
  /** Where a finding about its missing figure goes: the first figure cell. */
  readonly figureCell: string;
}

/**
 * Calculates a Peers sheet (contract §3): for each indicator, every area's rank in the most similar
 * group by the indicator's polarity (1 = best, ties share the better rank) and the home area's place,
 * `k/n`, with County Comparison from its fifth of the group, q = ceil(5k/n). No rank, and a finding,
 * when the home area or any other area listed has no figure (issue 3 §3: a rank among the rest is not
 * its place in the group), fewer than two other areas have one, or the polarity names no best.
 * With several periods, the indicator's current period (its row in `indicatorRows`) is ranked, else the
 * latest; when the Indicators row names a period the sheet does not have, none is (P005, on that row).
 */
export function calculatePeersSheet(
  grid: SheetGrid,
  table: LocatedTable,
  settings: Settings,
  profiles: IndicatorProfiles,
  indicatorRows: IndicatorRows = new Map(),
  comparisonCells?: ReadonlyMap<string, ComparisonCellOf>,
): PeersSheetResult {
  const sheet = grid.name;
  const { column: col, text } = tableColumnReader(grid, table);
  const areaColumn = col('area');
  const indicatorColumn = col('indicator');
  const figures = figureCellsReader(grid, { count: col('count'), population: col('population'), value: col('value') });
  const at = (cell: string) => ({ sheet, cell });
  const findings: Finding[] = [];
  const rows: PeerRow[] = [];
  const warned = new Set<string>();
  const indicatorInfoOf = indicatorsByText(profiles, (key, profile) => ({
    key,
    profile,
    figureOptions: { kind: figureKindFor(profile?.measure), level: settings.confidenceLevel, countIsFigure: profile?.measure === 'Count' },
  }));

  for (let row = table.firstRow; row < table.endRow; row++) {
    const area = text(row, 'area');
    const indicator = text(row, 'indicator');
    const period = text(row, 'period');
    const info = indicatorInfoOf(indicator);
    const cells = figures.read(row, info.figureOptions);
    if (area === '' && indicator === '' && !cells.hasInput) continue;
    const firstFinding = findings.length;
    for (const f of cells.findings) findings.push(f);
    if (area === '' || indicator === '') {
      const what = area === '' ? 'area name' : 'indicator name';
      findings.push(makeFinding('missingRowName', at(cellAddress(row, (area === '' ? areaColumn : indicatorColumn) ?? 0)), { what, sheet }));
    }
    if (indicator !== '' && !info.profile && !warned.has(info.key)) {
      warned.add(info.key);
      findings.push(makeFinding('indicatorWithoutPolarity', at(cellAddress(row, indicatorColumn ?? 0)), { raw: indicator, sheet, consequence: 'there is no best area and the home area is not ranked' }));
    }
    const blocked = anyError(findings, firstFinding);
    rows.push({
      row, area, indicator,
      ...(period !== '' ? { period } : {}),
      ...(cells.figure ? { value: cells.figure.value } : {}),
      blocked,
      hasError: blocked,
      areaCell: cellAddress(row, areaColumn ?? 0),
      figureCell: cellAddress(row, figures.firstColumn),
    });
  }

  // One group per indicator: its current period on the Indicators sheet, else its latest, when several are given.
  const byIndicator = new Map<string, PeerRow[]>();
  for (const r of rows) {
    if (r.indicator === '') continue;
    const key = indicatorInfoOf(r.indicator).key;
    const list = byIndicator.get(key);
    if (list === undefined) byIndicator.set(key, [r]);
    else list.push(r);
  }
  const rankAt: Array<number | undefined> = new Array(table.endRow - table.firstRow).fill(undefined);
  const results: PeerRankResult[] = [];
  for (const [key, members] of byIndicator) {
    const row = indicatorRows.get(key);
    const groups = periodGroups(members);
    const inPeriod = groupForPeriod(groups, (g) => g[0].period, row?.current.period);
    if (inPeriod === undefined) {
      // Only with a current period (so a row) is there no group: no rank from another period's figures.
      const periods = groups.map((g) => g[0].period);
      findings.push(periodMissingFinding('peerPeriodMissing', sheet, row!, periods, comparisonCells));
      results.push(unranked(sheet, members[0].indicator, settings, profiles, `No figures for ${row!.current.period} on the ${sheet} sheet (it has ${periods.join(', ')}), so no rank: another period's figures are not used.`));
      continue;
    }
    const result = rankGroup(grid.name, dedupe(inPeriod, grid.name, findings), settings, profiles, findings);
    results.push(result);
    for (const a of result.areas) if (a.rank !== undefined) rankAt[a.row - table.firstRow] = a.rank;
  }

  const rankCell = rankCells();
  const columns = outputColumnWrites(sheet, table, PEER_OUTPUT_COLUMNS, () => rankAt.map((rank) => (rank === undefined ? EMPTY_CELL : rankCell(rank))));
  return { indicators: results, columns, findings };
}

/** An indicator's rows by period however it is spelled ("2016-17" is "2016/17"), in order of first appearance. */
function periodGroups(members: ReadonlyArray<PeerRow>): PeerRow[][] {
  const groups = new Map<string, PeerRow[]>();
  for (const m of members) {
    const key = periodKey(m.period ?? '');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [m]);
    else group.push(m);
  }
  return [...groups.values()];
}

/** An indicator's result when no period of the sheet is ranked for it, with the reason. */
function unranked(sheet: string, indicator: string, settings: Settings, profiles: IndicatorProfiles, note: string): PeerRankResult {
  const polarity = profileFor(profiles, indicator)?.polarity ?? 'No judgement';
  return { sheet, indicator, polarity, homeArea: settings.homeArea, areas: [], note };
}

function dedupe(members: ReadonlyArray<PeerRow>, sheet: string, findings: Finding[]): PeerRow[] {
  const seen = new Map<string, PeerRow>();
  return members.map((m) => {
    const key = normaliseHeaderText(m.area);
    const first = seen.get(key);
    if (first && m.area !== '') {
      findings.push(makeFinding('peerDuplicateArea', { sheet, cell: m.areaCell }, { raw: m.area, indicator: m.indicator, first: first.areaCell }));
      return { ...m, blocked: true };
    }
    seen.set(key, m);
    return m;
  });
}

function rankGroup(
  sheet: string,
  members: ReadonlyArray<PeerRow>,
  settings: Settings,
  profiles: IndicatorProfiles,
  findings: Finding[],
): PeerRankResult {
  const first = members[0];
  const profile = profileFor(profiles, first.indicator);
  const polarity = profile?.polarity ?? 'No judgement';
  const home = normaliseHeaderText(settings.homeArea);
  const usable = members.filter((m) => !m.blocked && m.value !== undefined);
  const homeRow = usable.find((m) => normaliseHeaderText(m.area) === home);
  const missing = areasWithoutFigure(members, usable);
  const complete = homeRow !== undefined && missing.length === 0;
  const judged = polarity === 'Low is good' || polarity === 'High is good';
  // A group with an area missing ranks no area: each place would be among only part of the group.
  const ranks = judged && complete ? rankByPolarity(usable.map((m) => m.value), polarity === 'Low is good' ? 'lowest first' : 'highest first') : [];
  const areas: PeerAreaResult[] = members.map((m) => {
    const i = usable.indexOf(m);
    const rank = i >= 0 ? ranks[i] : undefined;
    return { row: m.row, area: m.area, ...(m.value !== undefined ? { value: m.value } : {}), ...(rank !== undefined ? { rank } : {}), isHome: normaliseHeaderText(m.area) === home };
  });
  const base = {
    sheet, indicator: first.indicator, ...(first.period !== undefined ? { period: first.period } : {}),
    polarity, homeArea: settings.homeArea, areas,
  };
  const where = { sheet, cell: first.areaCell };

  if (!complete) return { ...base, note: missingFigureNote(sheet, first, missing, homeRow !== undefined, usable.length, settings.homeArea, findings) };
  const others = usable.length - 1;
  if (others < 2) {
    findings.push(makeFinding('peerTooFew', where, { count: others, home: settings.homeArea, indicator: first.indicator }));
    return { ...base, note: `Only ${others} comparator area(s) have a figure; a rank needs at least 2.` };
  }
  if (!judged) {
    if (profile) findings.push(makeFinding('peerNoJudgement', where, { indicator: first.indicator, polarity: polarity.toLowerCase() }));
    return { ...base, note: `${polarity}: there is no best area, so no rank.` };
  }
  const rank = ranks[usable.indexOf(homeRow!)]!;
  const of = usable.length;
  const countyComparison = countyComparisonFor(rank, of);
  return { ...base, rank, of, nearestNeighbour: `${rank}/${of}`, ...(countyComparison ? { countyComparison } : {}) };
}

/**
 * The first row of each area of the group without a usable figure, in sheet order; a duplicate row
 * (P004) of an area with a figure does not count, and each row without an area name (D006) does.
 */
function areasWithoutFigure(members: ReadonlyArray<PeerRow>, usable: ReadonlyArray<PeerRow>): PeerRow[] {
  const seen = new Set(usable.map((m) => normaliseHeaderText(m.area)));
  const missing: PeerRow[] = [];
  for (const m of members) {
    const key = normaliseHeaderText(m.area);
    if (m.area !== '' && seen.has(key)) continue;
    seen.add(key);
    missing.push(m);
  }
  return missing;
}

/**
 * Issue 3 §3, "missing peers or the home area missing → a finding, no rank": P001 for the home area,
 * P006 for each other area, on the row's empty figure cell (P001 on the group's first area cell when
 * the home area has no row). A row whose own cells have an error already has that finding. Returns
 * the note that says why there is no rank.
 */
function missingFigureNote(
  sheet: string,
  first: PeerRow,
  missing: ReadonlyArray<PeerRow>,
  homeHasFigure: boolean,
  withFigure: number,
  homeArea: string,
  findings: Finding[],
): string {
  const home = normaliseHeaderText(homeArea);
  const notes: string[] = [];
  if (!homeHasFigure) {
    const row = missing.find((m) => normaliseHeaderText(m.area) === home);
    if (!row?.hasError) {
      findings.push(makeFinding('peerHomeAreaMissing', { sheet, cell: row ? row.figureCell : first.areaCell }, { home: homeArea, indicator: first.indicator }));
    }
    notes.push(`${homeArea} (the Home area) has no figure on the ${sheet} sheet.`);
  }
  const peers = missing.filter((m) => m.area === '' || normaliseHeaderText(m.area) !== home);
  if (peers.length === 0) return notes.join(' ');
  const period = first.period !== undefined ? ` (${first.period})` : '';
  const named: string[] = [];
  for (const m of peers) {
    if (!m.hasError) findings.push(makeFinding('peerAreaWithoutFigure', { sheet, cell: m.figureCell }, { area: m.area, indicator: first.indicator, period, count: withFigure }));
    const name = m.area === '' ? `the row without an area name at ${m.areaCell}` : m.area;
    named.push(m.hasError ? `${name}, whose row has an error` : `${name}, none at ${m.figureCell}`);
  }
  notes.push(`Not every area of the group has a figure (${named.join('; ')}); a rank among only the ${withFigure} areas with a figure would not be the home area's place in the group.`);
  return notes.join(' ');
}
