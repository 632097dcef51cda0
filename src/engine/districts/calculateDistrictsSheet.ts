import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt } from '../grid/CellGrid';
import type { OutputCell, ColumnWrite } from '../output/WritePlan';
import type { Settings } from '../settings/Settings';
import { LocatedTable, cellText } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { compareWithCounty } from './compareWithCounty';
import { DISTRICT_OUTPUT_COLUMNS, DistrictOutputKey } from './districtColumns';
import type { DistrictGroupResult, DistrictRowResult } from './DistrictResult';
import { districtReason } from './districtReason';
import { districtSummary, tallyComparisons } from './districtSummary';
import { measuredNumberFormat } from './formatMeasured';
import { IndicatorProfiles, profileFor } from './IndicatorProfile';
import { isSuppressedCount, SUPPRESSED } from './isSuppressedCount';
import { MeasuredFigure, figureFromCounts, figureKindFor } from './measuredFigure';
import { outputColumnWrites } from './outputColumnWrites';
import { rankByPolarity } from './rankByPolarity';
import { readFigureCells } from './readFigureCells';
import { tableColumnReader } from '../sheets/tableColumnReader';

export interface DistrictsSheetResult {
  /** One per indicator and period, in order of first appearance. */
  readonly groups: ReadonlyArray<DistrictGroupResult>;
  /** One per data row with any input, in sheet order. */
  readonly rows: ReadonlyArray<DistrictRowResult>;
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly findings: ReadonlyArray<Finding>;
}

/** Names that mark the county's own row besides Settings `Home area`. */
const COUNTY_NAMES = ['county', 'county total', 'total', 'all districts'];

interface RowInput {
  readonly row: number;
  readonly district: string;
  readonly indicator: string;
  readonly period?: string;
  readonly isCounty: boolean;
  /** The district's name normalised for matching. */
  readonly key: string;
  readonly figure?: MeasuredFigure;
  readonly blocked: boolean;
  readonly nameCell: string;
}

/**
 * Calculates a Districts sheet (contract §2): each row's rate with its confidence interval, the county
 * rate (the county row when given, else the districts' counts over their populations), `Compared with
 * county` from the interval against the county value by the indicator's polarity, and `Rank` (1 =
 * best, ties share the better rank). Polarity and measure come from the Indicators sheet by name.
 */
export function calculateDistrictsSheet(
  grid: SheetGrid,
  table: LocatedTable,
  settings: Settings,
  profiles: IndicatorProfiles,
): DistrictsSheetResult {
  const { column: col, text } = tableColumnReader(grid, table);
  const at = (cell: string) => ({ sheet: grid.name, cell });
  const findings: Finding[] = [];
  const home = normaliseHeaderText(settings.homeArea);
  const listed = settings.districts?.map(normaliseHeaderText);
  const warnedIndicators = new Set<string>();
  const profileCache = new Map<string, ReturnType<typeof profileFor>>();
  const profileOf = (indicator: string) => {
    if (!profileCache.has(indicator)) profileCache.set(indicator, profileFor(profiles, indicator));
    return profileCache.get(indicator);
  };

  const inputs: RowInput[] = [];
  for (let row = table.firstRow; row < table.endRow; row++) {
    const district = text(row, 'district');
    const indicator = text(row, 'indicator');
    const period = text(row, 'period');
    const profile = profileOf(indicator);
    const measure = profile?.measure;
    const figureCells = readFigureCells(grid, row, { count: col('count'), population: col('population'), value: col('value') }, {
      kind: figureKindFor(measure),
      level: settings.confidenceLevel,
      countIsFigure: false,
    });
    if (district === '' && indicator === '' && !figureCells.hasInput) continue;
    const rowFindings: Finding[] = [...figureCells.findings];
    const nameCell = cellAddress(row, col('district') ?? 0);
    if (district === '' || indicator === '') {
      const what = district === '' ? 'district name' : 'indicator name';
      const cell = cellAddress(row, (district === '' ? col('district') : col('indicator')) ?? 0);
      rowFindings.push(makeFinding('missingRowName', at(cell), { what, sheet: grid.name }));
    }
    const key = normaliseHeaderText(district);
    const isCounty = key === home || COUNTY_NAMES.includes(key);
    if (!isCounty && district !== '' && listed && !listed.includes(key)) {
      rowFindings.push(makeFinding('districtNotListed', at(nameCell), { raw: district, known: settings.districts!.join(', '), expected: 'one of the names in the Districts setting' }));
    }
    if (indicator !== '' && !profile && !warnedIndicators.has(normaliseHeaderText(indicator))) {
      warnedIndicators.add(normaliseHeaderText(indicator));
      rowFindings.push(makeFinding('indicatorWithoutPolarity', at(cellAddress(row, col('indicator') ?? 0)), { raw: indicator, sheet: grid.name, consequence: 'its districts are compared without judgement (Higher / Lower) and ranked highest first' }));
    }
    findings.push(...rowFindings);
    inputs.push({
      row,
      district,
      indicator,
      ...(period !== '' ? { period } : {}),
      isCounty,
      key,
      figure: figureCells.figure,
      blocked: rowFindings.some((f) => f.severity === 'error'),
      nameCell,
    });
  }

  const groups = new Map<string, RowInput[]>();
  for (const input of inputs) {
    if (input.indicator === '') continue;
    const key = `${normaliseHeaderText(input.indicator)}|${normaliseHeaderText(input.period ?? '')}`;
    const list = groups.get(key) ?? [];
    const duplicate = list.find((other) => !input.isCounty && other.key === input.key);
    if (duplicate && input.district !== '') {
      findings.push(makeFinding('districtDuplicate', at(input.nameCell), { raw: input.district, indicator: input.indicator, period: input.period ?? '', first: duplicate.nameCell }));
      list.push({ ...input, blocked: true });
    } else list.push(input);
    groups.set(key, list);
  }

  const results = new Map<number, DistrictRowResult>();
  const groupResults: DistrictGroupResult[] = [];
  for (const members of groups.values()) {
    const group = calculateGroup(grid.name, members, settings, profiles, findings);
    groupResults.push(group);
    for (const r of [...(group.county ? [group.county] : []), ...group.districts]) results.set(r.row, r);
  }
  findings.push(...missingDistricts(grid.name, inputs, groups, settings));

  const rows = inputs.map((input) => results.get(input.row) ?? unrankedRow(grid.name, input));
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const kindOf = new Map(groupResults.flatMap((g) => [...g.districts, ...(g.county ? [g.county] : [])].map((r) => [r.row, figureKindFor(g.measure)] as const)));
  const columns = outputColumnWrites(grid.name, table, DISTRICT_OUTPUT_COLUMNS, (key: DistrictOutputKey, row) => {
    const result = byRow.get(row);
    const kind = kindOf.get(row) ?? figureKindFor(undefined);
    return result ? districtCell(key, result, measuredNumberFormat(kind)) : { value: null };
  });
  return { groups: groupResults, rows, columns, findings };
}

/** One calculated row as a single object literal (absent figures are undefined): the hot path of big sheets. */
function rowResult(
  sheet: string,
  m: RowInput,
  out: { countyRate?: number; compared?: DistrictRowResult['compared']; rank?: number; suppressed: boolean; reason: string },
): DistrictRowResult {
  const figure = m.figure;
  const interval = figure?.interval;
  return {
    sheet, row: m.row, district: m.district, indicator: m.indicator, period: m.period, isCounty: m.isCounty,
    rate: figure?.value, lower: interval?.lower, upper: interval?.upper, intervalMethod: interval?.method,
    count: figure?.count, population: figure?.denominator,
    countyRate: out.countyRate, compared: out.compared, rank: out.rank,
    suppressed: out.suppressed, notCalculated: false, reason: out.reason,
  };
}

function unrankedRow(sheet: string, input: RowInput): DistrictRowResult {
  return {
    sheet, row: input.row, district: input.district, indicator: input.indicator,
    ...(input.period !== undefined ? { period: input.period } : {}),
    isCounty: input.isCounty, suppressed: false, notCalculated: true,
    reason: 'Not calculated: see the finding on this row.',
  };
}

function calculateGroup(
  sheet: string,
  members: ReadonlyArray<RowInput>,
  settings: Settings,
  profiles: IndicatorProfiles,
  findings: Finding[],
): DistrictGroupResult {
  const first = members[0];
  const profile = profileFor(profiles, first.indicator);
  const polarity = profile?.polarity ?? 'No judgement';
  const measure = profile?.measure;
  const kind = figureKindFor(measure);
  const countyRow = members.find((m) => m.isCounty && !m.blocked);
  const districts = members.filter((m) => !m.isCounty);
  const usable = districts.filter((m) => !m.blocked && m.figure !== undefined);

  let countyFigure: MeasuredFigure | undefined = countyRow?.figure;
  let countySource: DistrictGroupResult['countySource'] = countyFigure ? 'county row' : 'none';
  if (!countyFigure && usable.length > 0 && usable.every((m) => m.figure!.fromCounts)) {
    const count = usable.reduce((sum, m) => sum + m.figure!.count!, 0);
    const population = usable.reduce((sum, m) => sum + m.figure!.denominator!, 0);
    countyFigure = figureFromCounts(count, population, kind, settings.confidenceLevel);
    if (countyFigure) countySource = 'sum of districts';
  }
  if (!countyFigure && usable.length > 0) {
    findings.push(makeFinding('districtNoCountyRate', { sheet, cell: first.nameCell }, { indicator: first.indicator, period: first.period ? ` (${first.period})` : '' }));
  }
  const countyRate = countyFigure?.value;

  const order = polarity === 'Low is good' ? 'lowest first' : 'highest first';
  const ranks = rankByPolarity(districts.map((m) => (m.blocked ? undefined : m.figure?.value)), order);
  const rankedCount = ranks.filter((r) => r !== undefined).length;
  const districtResults: DistrictRowResult[] = districts.map((m, i) => {
    if (m.blocked) return unrankedRow(sheet, m);
    const compared = countyRate === undefined ? undefined : compareWithCounty(m.figure?.interval, countyRate, polarity);
    const suppressed = isSuppressedCount(m.figure?.count, settings.suppressBelow);
    const reason = districtReason({ figure: m.figure, countyRate, countySource, compared, rank: ranks[i], of: rankedCount, order, polarity, kind, settings, suppressed });
    return rowResult(sheet, m, { countyRate, compared, rank: ranks[i], suppressed, reason });
  });

  const county: DistrictRowResult | undefined = countyRow
    ? rowResult(sheet, countyRow, {
      countyRate,
      suppressed: isSuppressedCount(countyRow.figure?.count, settings.suppressBelow),
      reason: countyRow.figure ? 'The county row: the rate every district is compared with.' : 'The county row has no figure.',
    })
    : undefined;

  const judged = polarity === 'Low is good' || polarity === 'High is good';
  return {
    sheet,
    indicator: first.indicator,
    ...(first.period !== undefined ? { period: first.period } : {}),
    polarity,
    ...(measure !== undefined ? { measure } : {}),
    unit: measure ?? (kind.kind === 'proportion' ? 'Percentage' : 'Rate per 1,000'),
    ...(countyRate !== undefined ? { countyRate } : {}),
    countySource,
    districts: districtResults,
    ...(county ? { county } : {}),
    tally: tallyComparisons(districtResults),
    summary: districtSummary(districtResults, judged, countyRate !== undefined),
  };
}

/**
 * Districts missing for some indicators: against the Districts setting when given, else against the
 * names on the sheet (a name that appears for fewer indicators than the others is flagged).
 */
function missingDistricts(sheet: string, inputs: ReadonlyArray<RowInput>, groups: ReadonlyMap<string, RowInput[]>, settings: Settings): Finding[] {
  const expected = new Map<string, { name: string; cell?: string }>();
  if (settings.districts) for (const name of settings.districts) expected.set(normaliseHeaderText(name), { name });
  else for (const input of inputs) if (!input.isCounty && input.district !== '' && !expected.has(input.key)) expected.set(input.key, { name: input.district });
  for (const input of inputs) {
    const entry = expected.get(input.key);
    if (entry && entry.cell === undefined) entry.cell = input.nameCell;
  }
  const findings: Finding[] = [];
  const groupList = [...groups.values()];
  for (const [key, entry] of expected) {
    const missing = groupList.filter((g) => !g.some((m) => m.key === key));
    if (missing.length === 0) continue;
    const labels = missing.map((g) => (g[0].period ? `${g[0].indicator} (${g[0].period})` : g[0].indicator));
    findings.push(makeFinding('districtMissing', { sheet, cell: entry.cell ?? 'A1' }, {
      district: entry.name,
      missing: labels.length > 3 ? `${labels.slice(0, 3).join('; ')} and ${labels.length - 3} more` : labels.join('; '),
      count: missing.length,
    }));
  }
  return findings;
}

function districtCell(key: DistrictOutputKey, r: DistrictRowResult, numberFormat: string): OutputCell {
  const figure = (value: number | undefined): OutputCell =>
    value === undefined || !Number.isFinite(value) ? { value: null } : r.suppressed ? { value: SUPPRESSED, horizontalAlignment: 'right' } : { value, numberFormat };
  switch (key) {
    case 'rate': return figure(r.rate);
    case 'lowerCi': return figure(r.lower);
    case 'upperCi': return figure(r.upper);
    case 'countyRate': return r.countyRate === undefined ? { value: null } : { value: r.countyRate, numberFormat };
    case 'comparedWithCounty': return r.compared === undefined ? { value: null } : { value: r.compared, horizontalAlignment: 'center' };
    case 'rank': return r.rank === undefined ? { value: null } : { value: r.rank, numberFormat: '0', horizontalAlignment: 'center' };
    case 'reason': return { value: r.reason, wrapText: true };
  }
}
