import type { Finding } from '../findings/Finding';
import { FindingLocation, makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import { groupInteger } from '../indicators/formatFigure';
import { listText } from '../text/listText';
import { parseMeasure } from '../indicators/Measure';
import { parsePolarity } from '../indicators/Polarity';
import { parseRangeText } from '../indicators/parseRangeText';
import { ColumnSpec, HeaderSearch, LocatedTable, cellText, headerSearch, locateTableIn } from '../sheets/locateTable';
import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { parseCellValue } from '../values/parseCellValue';
import { DEFAULT_SETTINGS, IndicatorSettings, SettingKey, Settings, settingsSchema } from './Settings';
import { INDICATOR_SETTING_PREFIXES, IndicatorSettingField, SETTING_DEFINITIONS, SettingDefinition } from './settingDefinitions';
import type { SettingCell, SettingRead } from './settingValueReaders';

export const SETTINGS_COLUMNS: ReadonlyArray<ColumnSpec> = [
  { key: 'setting', canonical: 'Setting', synonyms: ['Settings'] },
  { key: 'value', canonical: 'Value' },
];

const isSettingsTableComplete = (found: ReadonlyMap<string, unknown>) => found.has('setting') && found.has('value');

/** The `Setting | Value` table of a sheet, when it has one (contract §6); `search` shares the sheet's header rows. */
export function locateSettingsTable(grid: SheetGrid, search: HeaderSearch = headerSearch(grid)): LocatedTable | undefined {
  return locateTableIn(search, SETTINGS_COLUMNS, isSettingsTableComplete);
}

export interface SettingsReading {
  readonly settings: Settings;
  readonly findings: ReadonlyArray<Finding>;
  /** The A1 address of the Value cell each typed setting came from; missing keys are defaults. */
  readonly sources: Readonly<Partial<Record<SettingKey, string>>>;
  /** Every per-indicator row with a value, in sheet order, for unmatchedIndicatorSettings. */
  readonly indicatorEntries: ReadonlyArray<IndicatorEntry>;
}

/** A `Polarity: <indicator>` (or Range, Measure, Target) row: the indicator as typed and its Setting cell. */
export interface IndicatorEntry {
  readonly indicator: string;
  /** The Setting cell as typed, e.g. "Polarity: Burglary". */
  readonly setting: string;
  readonly at: FindingLocation;
}

/** A setting's rows so far: its name, the Setting cell of each row, and what the last row gives. */
interface GivenSetting {
  readonly setting: string;
  readonly cells: string[];
  used: string;
}

/** Every global setting by its normalised name. */
const SETTINGS_BY_NAME = new Map<string, SettingDefinition>(SETTING_DEFINITIONS.map((d) => [normaliseHeaderText(d.name), d]));

const INDICATOR_ENTRY = /^\s*(polarity|range|measure|target)\s*:\s*(.+?)\s*$/is;

/** A limit as the analyst types the setting: 1 → "100%" for a percentage, with thousands grouped ("1,000%"). */
function limitText(definition: SettingDefinition, limit: number): string {
  return definition.format(limit).replace(/^\d{4,}/, (digits) => groupInteger(Number(digits)));
}

function zodProblem(definition: SettingDefinition, value: unknown): string | undefined {
  const checked = settingsSchema.shape[definition.key].safeParse(value);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'too_big' && issue.origin === 'number') return `it must be ${issue.inclusive ? 'at most' : 'below'} ${limitText(definition, Number(issue.maximum))}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `it must be ${issue.inclusive ? 'at least' : 'above'} ${limitText(definition, Number(issue.minimum))}`;
  return `it is out of range (${issue.message.toLowerCase()})`;
}

function withoutField(entry: IndicatorSettings, field: IndicatorSettingField): IndicatorSettings {
  const copy = { ...entry };
  delete copy[field];
  return copy;
}

function readIndicatorEntry(field: IndicatorSettingField, cell: SettingCell): SettingRead<Partial<IndicatorSettings>> {
  const text = cellText(cell.value).trim();
  switch (field) {
    case 'polarity': {
      const polarity = parsePolarity(text);
      return polarity ? { ok: true, value: { polarity } } : { ok: false, problem: 'it is not Low is good, High is good, In range or No judgement' };
    }
    case 'measure': {
      const measure = parseMeasure(text);
      return measure ? { ok: true, value: { measure } } : { ok: false, problem: 'it is not a measure the dashboard knows' };
    }
    case 'range': {
      const range = parseRangeText(text);
      return range ? { ok: true, value: { range } } : { ok: false, problem: 'it is not a range written low-high, e.g. 28%-40%' };
    }
    case 'target': {
      const parsed = parseCellValue(cell.value, cell.numberFormat);
      return parsed.kind === 'number' ? { ok: true, value: { target: parsed.value } } : { ok: false, problem: 'it is not a number' };
    }
  }
}

/**
 * Reads the Settings sheet (a `Setting | Value` table anywhere in its first 20 rows). Names match
 * ignoring case and spacing. A value that cannot be used gives a finding on its Value cell and the
 * default stands. A setting given on several rows takes its last row (a finding names the others);
 * a value without a name is ignored with a finding. Without a grid, or without the table, every
 * setting is its default.
 */
export function readSettings(grid?: SheetGrid): SettingsReading {
  return readSettingsTable(grid, grid ? locateSettingsTable(grid) : undefined);
}

/** readSettings for a table the caller has already located on `grid` (locateSettingsTable). */
export function readSettingsTable(grid: SheetGrid | undefined, table: LocatedTable | undefined): SettingsReading {
  if (!grid || !table) return { settings: DEFAULT_SETTINGS, findings: [], sources: {}, indicatorEntries: [] };
  const nameColumn = table.columns.get('setting')![0].column;
  const valueColumn = table.columns.get('value')![0].column;
  const typed: Record<string, unknown> = {};
  // A Map while reading: an indicator named "constructor" or "__proto__" is a key like any other.
  const indicators = new Map<string, IndicatorSettings>();
  const findings: Finding[] = [];
  const sources: Partial<Record<SettingKey, string>> = {};
  const raws: Partial<Record<SettingKey, string>> = {};
  const indicatorEntries: IndicatorEntry[] = [];
  const given = new Map<string, GivenSetting>();
  const give = (key: string, setting: string, cell: string, used: string) => {
    const seen = given.get(key);
    if (!seen) given.set(key, { setting, cells: [cell], used });
    else {
      seen.cells.push(cell);
      seen.used = used;
    }
  };

  for (let row = table.firstRow; row < table.endRow; row++) {
    const name = cellText(cellAt(grid, row, nameColumn)).trim();
    const cell: SettingCell = { value: cellAt(grid, row, valueColumn), numberFormat: numberFormatAt(grid, row, valueColumn) };
    const raw = cellText(cell.value).trim();
    const at = { sheet: grid.name, cell: cellAddress(row, valueColumn) };
    if (name === '') {
      if (raw !== '') findings.push(makeFinding('unnamedSettingValue', at, { raw }));
      continue;
    }
    const nameCell = cellAddress(row, nameColumn);
    const entry = INDICATOR_ENTRY.exec(name);
    if (entry) {
      if (raw === '') continue;
      const field = entry[1].toLowerCase() as IndicatorSettingField;
      const key = normaliseHeaderText(entry[2]);
      const fallback = "the Indicators sheet's own value, if any";
      const read = readIndicatorEntry(field, cell);
      indicatorEntries.push({ indicator: entry[2], setting: name, at: { sheet: grid.name, cell: nameCell } });
      give(`${field}: ${key}`, name, nameCell, read.ok ? `"${raw}"` : `${fallback},`);
      if (!read.ok) {
        findings.push(makeFinding('badSetting', at, { setting: name, raw, problem: read.problem, default: fallback, expected: INDICATOR_SETTING_PREFIXES[field].description }));
        const earlier = indicators.get(key);
        if (earlier) indicators.set(key, withoutField(earlier, field));
        continue;
      }
      indicators.set(key, { ...(indicators.get(key) ?? { name: entry[2] }), ...read.value });
      continue;
    }
    const definition = SETTINGS_BY_NAME.get(normaliseHeaderText(name));
    if (!definition) {
      const known = [...SETTING_DEFINITIONS.map((d) => d.name), ...Object.values(INDICATOR_SETTING_PREFIXES).map((p) => `${p.name}: <indicator>`)].join(', ');
      findings.push(makeFinding('unknownSetting', { sheet: grid.name, cell: nameCell }, { raw: name, known }));
      continue;
    }
    if (raw === '') continue;
    const read = definition.read(cell);
    const problem = read.ok ? zodProblem(definition, read.value) : read.problem;
    const fallback = DEFAULT_SETTINGS[definition.key];
    const fallbackText = fallback === undefined ? 'none' : definition.format(fallback);
    give(definition.key, definition.name, nameCell, problem === undefined && read.ok ? `"${raw}"` : `the default, ${fallbackText},`);
    if (problem !== undefined || !read.ok) {
      findings.push(
        makeFinding('badSetting', at, {
          setting: definition.name,
          raw,
          problem: problem ?? 'it cannot be read',
          default: fallbackText,
          expected: definition.expected,
        }),
      );
      // The last row counts even when it cannot be used: the default stands, as the finding says.
      delete typed[definition.key];
      delete sources[definition.key];
      continue;
    }
    typed[definition.key] = read.value;
    sources[definition.key] = at.cell;
    raws[definition.key] = raw;
  }
  // Settings that must fit others (Risk band colours, one per band of Risk bands), once all are read.
  for (const definition of SETTING_DEFINITIONS) {
    const value = typed[definition.key];
    const conflict = value === undefined ? undefined : definition.conflict?.(value as never, typed as Partial<Settings>);
    if (conflict === undefined) continue;
    const at = { sheet: grid.name, cell: sources[definition.key]! };
    findings.push(makeFinding('badSetting', at, { setting: definition.name, raw: raws[definition.key], problem: conflict.problem, default: conflict.fallback, expected: definition.expected }));
    delete typed[definition.key];
    delete sources[definition.key];
  }
  for (const { setting, cells, used } of given.values()) {
    if (cells.length > 1) findings.push(makeFinding('repeatedSetting', { sheet: grid.name, cell: cells[cells.length - 1] }, { setting, earlier: listText(cells.slice(0, -1)), used }));
  }
  // Added after parsing: Zod copies a record by assignment, and assigning "__proto__" sets the
  // prototype, so an indicator of that name lost its settings. Each entry was read and checked above.
  const settings: Settings = { ...settingsSchema.parse(typed), indicators: Object.fromEntries(indicators) };
  return { settings, findings, sources, indicatorEntries };
}

/** The per-indicator settings for an indicator name (matched like a header), if any. */
export function indicatorSettingsFor(settings: Settings, indicator: string): IndicatorSettings | undefined {
  const key = normaliseHeaderText(indicator);
  return Object.prototype.hasOwnProperty.call(settings.indicators, key) ? settings.indicators[key] : undefined;
}
