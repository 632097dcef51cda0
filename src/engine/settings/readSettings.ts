import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
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
}

/** Every global setting by its normalised name. */
const SETTINGS_BY_NAME = new Map<string, SettingDefinition>(SETTING_DEFINITIONS.map((d) => [normaliseHeaderText(d.name), d]));

const INDICATOR_ENTRY = /^\s*(polarity|range|measure|target)\s*:\s*(.+?)\s*$/i;

function zodProblem(key: SettingKey, value: unknown): string | undefined {
  const checked = settingsSchema.shape[key].safeParse(value);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  return issue.code === 'custom' ? issue.message : `it is out of range (${issue.message.toLowerCase()})`;
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
 * default stands. Without a grid, or without the table, every setting is its default.
 */
export function readSettings(grid?: SheetGrid): SettingsReading {
  return readSettingsTable(grid, grid ? locateSettingsTable(grid) : undefined);
}

/** readSettings for a table the caller has already located on `grid` (locateSettingsTable). */
export function readSettingsTable(grid: SheetGrid | undefined, table: LocatedTable | undefined): SettingsReading {
  if (!grid || !table) return { settings: DEFAULT_SETTINGS, findings: [], sources: {} };
  const nameColumn = table.columns.get('setting')![0].column;
  const valueColumn = table.columns.get('value')![0].column;
  const typed: Record<string, unknown> = {};
  const indicators: Record<string, IndicatorSettings> = {};
  const findings: Finding[] = [];
  const sources: Partial<Record<SettingKey, string>> = {};

  for (let row = table.firstRow; row < table.endRow; row++) {
    const name = cellText(cellAt(grid, row, nameColumn)).trim();
    if (name === '') continue;
    const cell: SettingCell = { value: cellAt(grid, row, valueColumn), numberFormat: numberFormatAt(grid, row, valueColumn) };
    const raw = cellText(cell.value).trim();
    const at = { sheet: grid.name, cell: cellAddress(row, valueColumn) };
    const entry = INDICATOR_ENTRY.exec(name);
    if (entry) {
      if (raw === '') continue;
      const field = entry[1].toLowerCase() as IndicatorSettingField;
      const read = readIndicatorEntry(field, cell);
      if (!read.ok) {
        findings.push(makeFinding('badSetting', at, { setting: name, raw, problem: read.problem, default: "the Indicators sheet's own value, if any", expected: INDICATOR_SETTING_PREFIXES[field].description }));
        continue;
      }
      const key = normaliseHeaderText(entry[2]);
      indicators[key] = { ...(indicators[key] ?? { name: entry[2] }), ...read.value };
      continue;
    }
    const definition = SETTINGS_BY_NAME.get(normaliseHeaderText(name));
    if (!definition) {
      const known = [...SETTING_DEFINITIONS.map((d) => d.name), ...Object.values(INDICATOR_SETTING_PREFIXES).map((p) => `${p.name}: <indicator>`)].join(', ');
      findings.push(makeFinding('unknownSetting', { sheet: grid.name, cell: cellAddress(row, nameColumn) }, { raw: name, known }));
      continue;
    }
    if (raw === '') continue;
    const read = definition.read(cell);
    const problem = read.ok ? zodProblem(definition.key, read.value) : read.problem;
    if (problem !== undefined || !read.ok) {
      const fallback = DEFAULT_SETTINGS[definition.key];
      findings.push(
        makeFinding('badSetting', at, {
          setting: definition.name,
          raw,
          problem: problem ?? 'it cannot be read',
          default: fallback === undefined ? 'none' : definition.format(fallback),
          expected: definition.expected,
        }),
      );
      continue;
    }
    typed[definition.key] = read.value;
    sources[definition.key] = at.cell;
  }
  const settings = settingsSchema.parse({ ...typed, indicators });
  return { settings, findings, sources };
}

/** The per-indicator settings for an indicator name (matched like a header), if any. */
export function indicatorSettingsFor(settings: Settings, indicator: string): IndicatorSettings | undefined {
  return settings.indicators[normaliseHeaderText(indicator)];
}
