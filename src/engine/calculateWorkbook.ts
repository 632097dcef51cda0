import type {
  CalculateOptions,
  CalculationResult,
  IndicatorResult,
  OutcomeResult,
  RecognisedSheet,
  TableFootnote,
} from './CalculationResult';
import type { Finding } from './findings/Finding';
import type { RiskResult } from './risk/RiskResult';
import { VALIDATION_SHEET_NAME, buildValidationSheet } from './findings/buildValidationSheet';
import { presentationSheets } from './dashboard/presentationSheets';
import type { SheetGrid } from './grid/CellGrid';
import type { ColumnWrite, OwnedSheet } from './output/WritePlan';
import { readSettingsTable } from './settings/readSettings';
import { SETTINGS_SHEET_NAME, chooseSettingsTable } from './settings/chooseSettingsTable';
import { unmatchedIndicatorSettings } from './settings/unmatchedIndicatorSettings';
import type { ComparisonCellOf, IndicatorComparison, SheetFinish, SheetKind } from './sheets/SheetKind';
import { missingHeaderFinding, recogniseSheet } from './sheets/recogniseSheet';
import { SHEET_KINDS } from './sheets/sheetKinds';
import { makeFinding } from './findings/catalogue';
import { sheetOwner } from './output/ownedSheetMark';
import { LocatedTable, headerSearch } from './sheets/locateTable';
import type { DistrictGroupResult } from './districts/DistrictResult';
import type { PeerRankResult } from './peers/PeerResult';
import type { TrendSeriesResult } from './trends/TrendResult';
import { riskSheetsLeftOut } from './risk/riskSheetsLeftOut';

/**
 * The engine's main entry: reads Settings, recognises every other sheet by its header row, validates,
 * calculates, and returns the results with the write plan a host carries out. Never throws on bad
 * cells; findings say what is wrong. Outputs are never read back as inputs, so calculating the
 * written workbook again gives the same plan.
 */
export function calculateWorkbook(sheets: ReadonlyArray<SheetGrid>, options: CalculateOptions = {}): CalculationResult {
  options.onProgress?.('validating');
  const findings: Finding[] = [];
  const recognised: RecognisedSheet[] = [];

  // Each sheet's header rows are read and normalised once, for the Settings table and every kind.
  const searches = sheets.map(headerSearch);
  const choice = chooseSettingsTable(searches);
  const { sheet: settingsSheet, table: settingsTable } = choice;
  append(findings, choice.findings);
  const reading = readSettingsTable(settingsSheet, settingsTable);
  append(findings, reading.findings);
  if (settingsSheet && settingsTable) {
    recognised.push({ name: settingsSheet.name, kind: 'settings', headerRow: settingsTable.headerRow, firstRow: settingsTable.firstRow, endRow: settingsTable.endRow });
  }

  const tables: { grid: SheetGrid; kind: SheetKind; table: LocatedTable }[] = [];
  for (const search of searches) {
    const grid = search.grid;
    if (choice.sheets.has(grid)) continue;
    const recognition = recogniseSheet(grid, SHEET_KINDS, search);
    if (recognition.kind) {
      tables.push({ grid, kind: recognition.kind, table: recognition.table });
      continue;
    }
    if (recognition.finding) findings.push(recognition.finding);
    else if (SETTINGS_SHEET_NAME.test(grid.name.trim()) && !settingsSheet) findings.push(missingHeaderFinding(grid, 'Settings', '"Setting" and "Value"'));
  }

  options.onProgress?.('calculating');
  const comparisonCells = new Map<string, ComparisonCellOf>();
  const context = { settings: reading.settings, indicators: [] as IndicatorResult[], comparisonCells };
  const columns: ColumnWrite[] = [];
  const outcomes: OutcomeResult[] = [];
  const footnotes: TableFootnote[] = [];
  const ownedSheets: OwnedSheet[] = [];
  const comparisons: IndicatorComparison[] = [];
  const districts: DistrictGroupResult[] = [];
  const peers: PeerRankResult[] = [];
  const trends: TrendSeriesResult[] = [];
  const finishing: SheetFinish[] = [];
  /** Indicators of sheets without a finishing step, which are final as calculated. */
  const unfinishedIndicators: IndicatorResult[] = [];
  const risk: RiskResult[] = [];
  for (const kind of SHEET_KINDS) {
    for (const { grid, table } of tables.filter((t) => t.kind === kind)) {
      recognised.push({ name: grid.name, kind: kind.kind, headerRow: table.headerRow, firstRow: table.firstRow, endRow: table.endRow });
      const output = kind.calculate(grid, table, context);
      append(findings, output.findings);
      append(context.indicators, output.indicators);
      append(outcomes, output.outcomes);
      append(footnotes, output.footnotes);
      append(ownedSheets, output.ownedSheets);
      append(districts, output.districts);
      append(peers, output.peers);
      append(trends, output.trends);
      append(comparisons, output.comparisons);
      append(risk, output.risk);
      if (output.comparisonCell) comparisonCells.set(grid.name, output.comparisonCell);
      if (output.finish) {
        finishing.push(output.finish);
      } else {
        append(columns, output.columns);
        append(unfinishedIndicators, output.indicators);
      }
    }
  }

  append(findings, riskSheetsLeftOut(tables.filter((t) => t.kind.kind === 'risk')));

  // Kinds with a finishing step (Indicators) get every kind's comparisons, then write their columns.
  const indicators: IndicatorResult[] = [];
  for (const finish of finishing) {
    const finished = finish(comparisons);
    append(columns, finished.columns);
    append(indicators, finished.indicators);
  }
  append(indicators, unfinishedIndicators);
  append(findings, unmatchedIndicatorSettings(reading, [indicators, districts, peers, trends]));

  const result: CalculationResult = {
    sheets: recognised,
    indicators,
    outcomes,
    findings,
    plan: { columns, ownedSheets },
    summary: summaryOf(indicators.length, outcomes.length, findings),
    footnotes,
    settings: reading.settings,
    ...(risk.length > 0 ? { risk } : {}),
    ...(districts.length > 0 ? { districts } : {}),
    ...(peers.length > 0 ? { peers } : {}),
    ...(trends.length > 0 ? { trends } : {}),
  };
  // The Dashboard and Charts sheets are drawn from the finished result; the Validation sheet goes last.
  const presentation = presentationSheets(result);
  ownedSheets.push(...presentation.ownedSheets);
  // The Validation sheet is built last so that it lists the findings about sheets left unwritten.
  const taken = sheetsNamedLikeOwned(sheets);
  const wanted = ownedSheets.map((owned) => owned.name);
  if (options.writeValidationSheet) wanted.push(VALIDATION_SHEET_NAME);
  for (const name of wanted) {
    const yours = taken.get(name.toLowerCase());
    // An earlier version's sheet already has its finding (V039), which says this sheet is not written.
    if (yours?.owner === 'analyst') findings.push(makeFinding('ownedSheetNameTaken', { sheet: yours.grid.name, cell: 'A1' }, { sheet: name }));
  }
  if (options.writeValidationSheet) ownedSheets.push(buildValidationSheet(findings));
  const written = ownedSheets.filter((owned) => !taken.has(owned.name.toLowerCase()));
  const charts = presentation.charts.filter((chart) => !taken.has(chart.sheet.toLowerCase()));
  if (written.length === ownedSheets.length && charts.length === 0) return result;
  return { ...result, findings, summary: summaryOf(indicators.length, outcomes.length, findings), plan: { columns, ownedSheets: written, ...(charts.length > 0 ? { charts } : {}) } };
}

/** The sheets with a name the add-in writes that it may not replace (see sheetOwner), by lower-cased name. */
function sheetsNamedLikeOwned(sheets: ReadonlyArray<SheetGrid>): Map<string, { grid: SheetGrid; owner: 'earlier' | 'analyst' }> {
  const taken = new Map<string, { grid: SheetGrid; owner: 'earlier' | 'analyst' }>();
  for (const grid of sheets) {
    const owner = sheetOwner(grid);
    if (owner === 'earlier' || owner === 'analyst') taken.set(grid.name.trim().toLowerCase(), { grid, owner });
  }
  return taken;
}

function summaryOf(indicators: number, outcomes: number, findings: ReadonlyArray<Finding>): CalculationResult['summary'] {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { indicators, outcomes, errors, warnings: findings.length - errors };
}

/** Appends one by one: `target.push(...items)` overflows the call stack on 100,000-row sheets. */
function append<T>(target: T[], items: ReadonlyArray<T> | undefined): void {
  if (items) for (const item of items) target.push(item);
}
