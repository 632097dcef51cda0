import { type Finding, anyError } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import type { SheetGrid } from '../grid/CellGrid';
import { type OutputCell, type ColumnWrite, EMPTY_CELL } from '../output/WritePlan';
import { rankCells } from '../output/rankCells';
import type { Settings } from '../settings/Settings';
import type { LocatedTable } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { periodKey } from '../values/periodKey';
import { CountyComparisonWord, compareWithCounty } from './compareWithCounty';
import { DISTRICT_OUTPUT_COLUMNS, DistrictOutputKey } from './districtColumns';
import type { DistrictGroupResult, DistrictRowResult } from './DistrictResult';
import { districtReasons, rankSentences, RankSentences } from './districtReason';
import { districtSummary, tallyComparisons } from './districtSummary';
import { measuredNumberFormat } from './formatMeasured';
import { IndicatorProfile, IndicatorProfiles, indicatorsByText } from './IndicatorProfile';
import { isSuppressedCount, SUPPRESSED } from './isSuppressedCount';
import { FigureKind, MeasuredFigure, figureFromCounts, figureKindFor } from './measuredFigure';
import { Measure, isRate } from '../indicators/Measure';
import { groupInteger } from '../indicators/formatFigure';
import { outputColumnWrites } from './outputColumnWrites';
import { rankByPolarity } from './rankByPolarity';
import { FigureOptions, figureCellsReader } from './readFigureCells';
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

/** What every row naming the same indicator text shares: worked out once per distinct text. */
interface IndicatorInfo {
  /** The name normalised for matching. */
  readonly key: string;
  readonly profile?: IndicatorProfile;
  readonly figureOptions: FigureOptions;
  /** Groups by the row's period text as written, so each row finds its group with one look-up. */
  readonly groupsByPeriod: Map<string, RowGroup>;
  /** The last period text looked up and its group: rows of one group usually come together. */
  lastPeriod?: string;
  lastGroup?: RowGroup;
}

/** A district name as matched (normalised), shared by every text that normalises to it. */
interface DistrictName {
  readonly key: string;
  readonly isCounty: boolean;
  /** False for a name missing from the Districts setting (always true without the setting). */
  readonly listed: boolean;
  /** The first data row naming it, for findings about the district. */
  readonly firstRow: number;
  /** How many groups name it: fewer than all groups means it is missing from some. */
  groupCount: number;
  /** Its first row in each group, by group index (a hole where the group lacks it). */
  readonly firstInGroup: Array<RowInput | undefined>;
}

interface RowInput {
  readonly row: number;
  readonly district: string;
  readonly indicator: string;
  readonly period?: string;
  readonly isCounty: boolean;
  /** The district's name normalised for matching. */
  readonly key: string;
  readonly name: DistrictName;
  readonly info: IndicatorInfo;
  readonly figure?: MeasuredFigure;
  /** Set when the row has an error, or repeats a district already in its group. */
  blocked: boolean;
  /** The row's result, once its group is calculated. */
  result?: DistrictRowResult;
}

/** One indicator and period: its rows in sheet order. */
interface RowGroup {
  /** The group's place in order of first appearance. */
  readonly index: number;
  readonly members: RowInput[];
}

const SUPPRESSED_CELL: OutputCell = Object.freeze({ value: SUPPRESSED, horizontalAlignment: 'right' });

/**
 * Calculates a Districts sheet (contract §2): each row's rate with its confidence interval, the county
 * rate (the county row when given, else the districts' counts over their populations when every
 * district of the county has them), `Compared with
 * county` from the interval against the county value by the indicator's polarity, and `Rank` (1 =
 * best, ties share the better rank). Polarity and measure come from the Indicators sheet by name.
 * Names are normalised once per distinct text, not per row: large sheets repeat a few names.
 */
export function calculateDistrictsSheet(
  grid: SheetGrid,
  table: LocatedTable,
  settings: Settings,
  profiles: IndicatorProfiles,
): DistrictsSheetResult {
  const sheet = grid.name;
  const { column: col, text } = tableColumnReader(grid, table);
  const districtColumn = col('district');
  const indicatorColumn = col('indicator');
  const figures = figureCellsReader(grid, { count: col('count'), population: col('population'), value: col('value') });
  const nameCellOf = (row: number) => cellAddress(row, districtColumn ?? 0);
  const at = (cell: string) => ({ sheet, cell });
  const findings: Finding[] = [];
  const home = normaliseHeaderText(settings.homeArea);
  const listed = settings.districts?.map(normaliseHeaderText);
  const warnedIndicators = new Set<string>();

  const indicatorInfoOf = indicatorsByText(profiles, (key, profile): IndicatorInfo => ({
    key,
    profile,
    figureOptions: { kind: figureKindFor(profile?.measure), level: settings.confidenceLevel, countIsFigure: false },
    groupsByPeriod: new Map(),
    lastPeriod: undefined,
    lastGroup: undefined,
  }));
  const namesByKey = new Map<string, DistrictName>();
  const namesByText = new Map<string, DistrictName>();
  // Names as the sheet first spells them, for districts expected on every indicator without the setting.
  const namesOnSheet = new Map<string, string>();
  const districtNameOf = (district: string, row: number): DistrictName => {
    let name = namesByText.get(district);
    if (name === undefined) {
      const key = normaliseHeaderText(district);
      name = namesByKey.get(key);
      if (name === undefined) {
        name = {
          key, isCounty: key === home || COUNTY_NAMES.includes(key), listed: listed === undefined || listed.includes(key),
          firstRow: row, groupCount: 0, firstInGroup: [],
        };
        namesByKey.set(key, name);
      }
      namesByText.set(district, name);
      if (!name.isCounty && district !== '' && !namesOnSheet.has(key)) namesOnSheet.set(key, district);
    }
    return name;
  };

  const inputs: RowInput[] = [];
  for (let row = table.firstRow; row < table.endRow; row++) {
    const district = text(row, 'district');
    const indicator = text(row, 'indicator');
    const period = text(row, 'period');
    const info = indicatorInfoOf(indicator);
    const figureCells = figures.read(row, info.figureOptions);
    if (district === '' && indicator === '' && !figureCells.hasInput) continue;
    const firstFinding = findings.length;
    // Indexed loops in the per-row code: for-of here allocated an iterator result per row.
    for (let i = 0; i < figureCells.findings.length; i++) findings.push(figureCells.findings[i]);
    if (district === '' || indicator === '') {
      const what = district === '' ? 'district name' : 'indicator name';
      const cell = cellAddress(row, (district === '' ? districtColumn : indicatorColumn) ?? 0);
      findings.push(makeFinding('missingRowName', at(cell), { what, sheet }));
    }
    const name = districtNameOf(district, row);
    if (!name.isCounty && district !== '' && !name.listed) {
      findings.push(makeFinding('districtNotListed', at(nameCellOf(row)), { raw: district, known: settings.districts!.join(', '), expected: 'one of the names in the Districts setting' }));
    }
    if (indicator !== '' && !info.profile && !warnedIndicators.has(info.key)) {
      warnedIndicators.add(info.key);
      findings.push(makeFinding('indicatorWithoutPolarity', at(cellAddress(row, indicatorColumn ?? 0)), { raw: indicator, sheet, consequence: 'its districts are compared without judgement (Higher / Lower) and ranked highest first' }));
    }
    const blocked = anyError(findings, firstFinding);
    inputs.push({
      row, district, indicator, period: period !== '' ? period : undefined, isCounty: name.isCounty, key: name.key, name, info,
      figure: figureCells.figure, blocked, result: undefined,
    });
  }

  // Groups by indicator and period, in order of first appearance; a district named twice in a group is blocked.
  const groups = new Map<string, RowGroup>();
  const groupList: RowGroup[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input.indicator === '') continue;
    const period = input.period ?? '';
    const info = input.info;
    let group = info.lastPeriod === period ? info.lastGroup : info.groupsByPeriod.get(period);
    if (group === undefined) {
      // "2016-17" and "2016/17" are one period, however a row spells it.
      const key = `${info.key}|${periodKey(period)}`;
      group = groups.get(key);
      if (group === undefined) {
        group = { index: groupList.length, members: [] };
        groups.set(key, group);
        groupList.push(group);
      }
      info.groupsByPeriod.set(period, group);
    }
    info.lastPeriod = period;
    info.lastGroup = group;
    const first = input.name.firstInGroup[group.index];
    if (first === undefined) {
      input.name.firstInGroup[group.index] = input;
      input.name.groupCount++;
    } else if (!input.isCounty && input.district !== '') {
      findings.push(makeFinding('districtDuplicate', at(nameCellOf(input.row)), { raw: input.district, indicator: input.indicator, period: input.period ?? '', first: nameCellOf(first.row) }));
      input.blocked = true;
    }
    group.members.push(input);
  }

  // The county's districts: the Districts setting, else every name on the sheet (contract §6).
  const expected = settings.districts ? new Map(settings.districts.map((name) => [normaliseHeaderText(name), name])) : namesOnSheet;
  const groupResults: DistrictGroupResult[] = [];
  const expectedOrder = new Map([...expected.keys()].map((key, i) => [key, i]));
  const shared: GroupShared = { rankSentences: rankSentences(), cells: districtCells(table), expected, expectedOrder };
  for (let g = 0; g < groupList.length; g++) groupResults.push(calculateGroup(sheet, groupList[g].members, settings, nameCellOf, findings, shared));
  const headerCell = cellAddress(table.headerRow, districtColumn ?? 0);
  for (const finding of missingDistricts(sheet, expected, groupList, namesByKey, nameCellOf, headerCell)) findings.push(finding);

  const rows: DistrictRowResult[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input.result === undefined) {
      input.result = unrankedRow(sheet, input);
      writeRowCells(shared.cells, input.row, input.result, '0.00', EMPTY_CELL);
    }
    rows.push(input.result);
  }
  const columns = outputColumnWrites(sheet, table, DISTRICT_OUTPUT_COLUMNS, (key) => shared.cells.columns[key]);
  return { groups: groupResults, rows, columns, findings };
}

/** One calculated row as a single object literal (absent figures are undefined): the hot path of big sheets. */
function rowResult(
  sheet: string,
  m: RowInput,
  countyRate: number | undefined,
  compared: DistrictRowResult['compared'],
  rank: number | undefined,
  suppressed: boolean,
  reason: string,
): DistrictRowResult {
  const figure = m.figure;
  const interval = figure?.interval;
  return {
    sheet, row: m.row, district: m.district, indicator: m.indicator, period: m.period, isCounty: m.isCounty,
    rate: figure?.value, lower: interval?.lower, upper: interval?.upper, intervalMethod: interval?.method,
    count: figure?.count, population: figure?.denominator,
    countyRate, compared, rank,
    suppressed, notCalculated: false, reason,
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
  nameCellOf: (row: number) => string,
  findings: Finding[],
  shared: GroupShared,
): DistrictGroupResult {
  const first = members[0];
  const profile = first.info.profile;
  const polarity = profile?.polarity ?? 'No judgement';
  const measure = profile?.measure;
  const kind = first.info.figureOptions.kind;
  const numberFormat = measuredNumberFormat(kind);
  let countyRow: RowInput | undefined;
  const districts: RowInput[] = [];
  const values: Array<number | undefined> = [];
  let usableCount = 0;
  let allFromCounts = true;
  const withFigure = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.isCounty) {
      if (countyRow === undefined && !m.blocked) countyRow = m;
      continue;
    }
    districts.push(m);
    values.push(m.blocked ? undefined : m.figure?.value);
    if (!m.blocked && m.figure !== undefined) {
      usableCount++;
      withFigure.add(m.key);
      if (!m.figure.fromCounts) allFromCounts = false;
    }
  }

  let countyFigure: MeasuredFigure | undefined = countyRow?.figure;
  let countySource: DistrictGroupResult['countySource'] = countyFigure ? 'county row' : 'none';
  // The districts' sum is the county's rate only when every district of the county is in it.
  const leftOut = !countyFigure && usableCount > 0 && allFromCounts ? districtsLeftOut(shared, withFigure, districts) : undefined;
  if (!countyFigure && usableCount > 0 && allFromCounts && leftOut === undefined) {
    // Summed in sheet order, as the counts are listed.
    let count = 0;
    let population = 0;
    for (let i = 0; i < districts.length; i++) {
      const m = districts[i];
      if (m.blocked || m.figure === undefined) continue;
      count += m.figure.count!;
      population += m.figure.denominator!;
    }
    countyFigure = figureFromCounts(count, population, kind, settings.confidenceLevel);
    if (countyFigure) countySource = 'sum of districts';
  }
  const period = first.period ? ` (${first.period})` : '';
  if (leftOut !== undefined) {
    const cell = nameCellOf(leftOut.row ?? first.row);
    const names = listOfNames(leftOut.names, leftOut.count);
    findings.push(makeFinding('districtCountyIncomplete', { sheet, cell }, { indicator: first.indicator, period, districts: names }));
  } else if (!countyFigure && usableCount > 0) {
    findings.push(makeFinding('districtNoCountyRate', { sheet, cell: nameCellOf(first.row) }, { indicator: first.indicator, period }));
  }
  const countyRate = countyFigure?.value;

  const order = polarity === 'Low is good' ? 'lowest first' : 'highest first';
  const ranks = rankByPolarity(values, order);
  let rankedCount = 0;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] !== undefined) rankedCount++;
  const reasonFor = districtReasons({ countyRate, countySource, of: rankedCount, order, polarity, kind, settings, rankSentences: shared.rankSentences });
  const countyCell: OutputCell = countyRate === undefined ? EMPTY_CELL : { value: countyRate, numberFormat };
  const districtResults: DistrictRowResult[] = [];
  for (let i = 0; i < districts.length; i++) {
    const m = districts[i];
    let result: DistrictRowResult;
    if (m.blocked) {
      result = unrankedRow(sheet, m);
    } else {
      const compared = countyRate === undefined ? undefined : compareWithCounty(m.figure?.interval, countyRate, polarity);
      const suppressed = isSuppressedCount(m.figure?.count, settings.suppressBelow);
      const reason = reasonFor(m.figure, compared, ranks[i], suppressed);
      result = rowResult(sheet, m, countyRate, compared, ranks[i], suppressed, reason);
    }
    m.result = result;
    writeRowCells(shared.cells, m.row, result, numberFormat, countyCell);
    districtResults.push(result);
  }

  let county: DistrictRowResult | undefined;
  if (countyRow) {
    county = rowResult(
      sheet, countyRow, countyRate, undefined, undefined,
      isSuppressedCount(countyRow.figure?.count, settings.suppressBelow),
      countyRow.figure ? 'The county row: the rate every district is compared with.' : 'The county row has no figure.',
    );
    countyRow.result = county;
    writeRowCells(shared.cells, countyRow.row, county, numberFormat, countyCell);
  }

  const judged = polarity === 'Low is good' || polarity === 'High is good';
  const tally = tallyComparisons(districtResults);
  // Built in place, key by key in the result's order: spreading optional keys in was slow per group.
  const group: { -readonly [K in keyof DistrictGroupResult]?: DistrictGroupResult[K] } = { sheet, indicator: first.indicator };
  if (first.period !== undefined) group.period = first.period;
  group.polarity = polarity;
  if (measure !== undefined) group.measure = measure;
  group.unit = unitOf(measure, kind, usableCount > 0 && allFromCounts);
  if (countyRate !== undefined) group.countyRate = countyRate;
  group.countySource = countySource;
  group.districts = districtResults;
  if (county) group.county = county;
  group.tally = tally;
  group.summary = districtSummary(districtResults, judged, countyRate !== undefined, tally);
  return group as DistrictGroupResult;
}

/** The districts of the county that a group's sum would leave out. */
interface LeftOutDistricts {
  readonly count: number;
  /** The first three, in the order of `expected`, each with why: "Blaby (no data)". */
  readonly names: ReadonlyArray<string>;
  /** The row of the first one (in that order) that has a row in the group. */
  readonly row?: number;
}

/**
 * The expected districts without a usable figure in a group, undefined when there are none. Only
 * the three named are looked for in `expected`, so a sheet of thousands of names and groups stays
 * linear rather than names × groups.
 */
function districtsLeftOut({ expected, expectedOrder }: GroupShared, withFigure: ReadonlySet<string>, districts: ReadonlyArray<RowInput>): LeftOutDistricts | undefined {
  let counted = 0;
  for (const key of withFigure) if (expected.has(key)) counted++;
  const count = expected.size - counted;
  if (count === 0) return undefined;
  // Each left-out district's first row in the group, and the one first in the order of `expected`.
  const rowOf = new Map<string, RowInput>();
  let first: RowInput | undefined;
  for (const m of districts) {
    if (!expected.has(m.key) || withFigure.has(m.key) || rowOf.has(m.key)) continue;
    rowOf.set(m.key, m);
    if (first === undefined || expectedOrder.get(m.key)! < expectedOrder.get(first.key)!) first = m;
  }
  const names: string[] = [];
  for (const [key, name] of expected) {
    if (names.length === 3) break;
    if (withFigure.has(key)) continue;
    const m = rowOf.get(key);
    names.push(m === undefined ? `${name} (no row)` : `${m.district} (${m.blocked ? 'an error on its row' : 'no data'})`);
  }
  return { count, names, ...(first !== undefined ? { row: first.row } : {}) };
}

/** "A; B; C and 2 more": at most three names in a message, of `total`. */
function listOfNames(names: ReadonlyArray<string>, total = names.length): string {
  const shown = names.slice(0, 3);
  return total > shown.length ? `${shown.join('; ')} and ${total - shown.length} more` : shown.join('; ');
}

/**
 * Districts missing for some indicators: against the Districts setting when given, else against the
 * names on the sheet (a name that appears for fewer indicators than the others is flagged). A district
 * of the setting with no row at all has no cell of its own, so its finding is on the District header.
 */
function missingDistricts(
  sheet: string,
  expected: ReadonlyMap<string, string>,
  groups: ReadonlyArray<RowGroup>,
  names: ReadonlyMap<string, DistrictName>,
  nameCellOf: (row: number) => string,
  headerCell: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, district] of expected) {
    const name = names.get(key);
    const count = groups.length - (name?.groupCount ?? 0);
    if (count === 0) continue; // named in every group
    // The first three groups without it, for the message: not a scan of every group for every name.
    const labels: string[] = [];
    for (let g = 0; g < groups.length && labels.length < 3; g++) {
      if (name?.firstInGroup[g] !== undefined) continue;
      const m = groups[g].members[0];
      labels.push(m.period ? `${m.indicator} (${m.period})` : m.indicator);
    }
    const details = { district, sheet, missing: listOfNames(labels, count), count };
    if (name === undefined) findings.push(makeFinding('districtWithoutRows', { sheet, cell: headerCell }, details));
    else findings.push(makeFinding('districtMissing', { sheet, cell: nameCellOf(name.firstRow) }, details));
  }
  return findings;
}

/** What the groups of one sheet share: rank sentences, the output cells they fill in, and the districts expected. */
interface GroupShared {
  readonly rankSentences: RankSentences;
  readonly cells: DistrictCells;
  /** The county's districts by normalised name, as named in the setting or first on the sheet. */
  readonly expected: ReadonlyMap<string, string>;
  /** Each expected district's place in `expected`. */
  readonly expectedOrder: ReadonlyMap<string, number>;
}

/**
 * The output cells of each column, one per table row, filled in as each row's result is made (while
 * it is at hand). Rows skipped as blank keep the shared empty cell; empty, suppressed, comparison and
 * rank cells repeat down a sheet and are shared.
 */
interface DistrictCells {
  readonly firstRow: number;
  readonly columns: Record<DistrictOutputKey, OutputCell[]>;
  readonly comparedCells: Partial<Record<CountyComparisonWord, OutputCell>>;
  readonly rankCell: (rank: number) => OutputCell;
}

function districtCells(table: LocatedTable): DistrictCells {
  const n = table.endRow - table.firstRow;
  const column = () => new Array<OutputCell>(n).fill(EMPTY_CELL);
  return {
    firstRow: table.firstRow,
    columns: {
      rate: column(), lowerCi: column(), upperCi: column(), countyRate: column(),
      comparedWithCounty: column(), rank: column(), reason: column(),
    },
    comparedCells: {},
    rankCell: rankCells(),
  };
}

/** A row's output cells; `countyCell` is its group's county rate cell, shared by the group's rows. */
function writeRowCells(cells: DistrictCells, row: number, r: DistrictRowResult, numberFormat: string, countyCell: OutputCell): void {
  const i = row - cells.firstRow;
  const columns = cells.columns;
  columns.rate[i] = figureCell(r.rate, r.suppressed, numberFormat);
  columns.lowerCi[i] = figureCell(r.lower, r.suppressed, numberFormat);
  columns.upperCi[i] = figureCell(r.upper, r.suppressed, numberFormat);
  columns.countyRate[i] = r.countyRate === undefined ? EMPTY_CELL : countyCell;
  columns.comparedWithCounty[i] = r.compared === undefined ? EMPTY_CELL : (cells.comparedCells[r.compared] ??= { value: r.compared, horizontalAlignment: 'center' });
  columns.rank[i] = r.rank === undefined ? EMPTY_CELL : cells.rankCell(r.rank);
  columns.reason[i] = { value: r.reason, wrapText: true };
}

function figureCell(value: number | undefined, suppressed: boolean, numberFormat: string): OutputCell {
  if (value === undefined || !Number.isFinite(value)) return EMPTY_CELL;
  return suppressed ? SUPPRESSED_CELL : { value, numberFormat };
}

/**
 * What the group's figures are, for a chart's value axis: the measure, except where counts make them
 * a rate or proportion the measure does not name (a Count indicator given with populations is
 * compared per 1,000, so its axis is not "Count").
 */
function unitOf(measure: Measure | undefined, kind: FigureKind, fromCounts: boolean): string {
  const countsUnit = kind.kind === 'proportion' ? 'Percentage' : `Rate per ${groupInteger(kind.multiplier)}`;
  if (measure === undefined) return countsUnit;
  return fromCounts && measure !== 'Percentage' && !isRate(measure) ? countsUnit : measure;
}
