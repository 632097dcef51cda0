import { DEFAULT_SETTINGS, SETTING_DEFINITIONS, chooseSettingsTable, headerSearch, readSettingsTable, settingsAsRows } from '../../engine';
import type { SettingsTableChoice, SheetGrid, WritePlan } from '../../engine';
import type { SettingView } from './dashboardReducer';

const SETTINGS_NAME = /^\s*settings?\s*$/i;

/** The Settings table a calculation reads: the engine's own choice (the sheet named Settings first). */
function settingsTable(sheets: ReadonlyArray<SheetGrid>): SettingsTableChoice {
  return chooseSettingsTable(sheets.map((sheet) => headerSearch(sheet)));
}

/** The sheet a new Settings sheet would clash with: the one the calculation reads, else one named Settings. */
export interface SettingsSheetFound {
  readonly name: string;
  /** False for a sheet named Settings without a Setting | Value header row: every setting is its default. */
  readonly hasTable: boolean;
}

export function findSettingsSheet(sheets: ReadonlyArray<SheetGrid>): SettingsSheetFound | undefined {
  const { sheet, table } = settingsTable(sheets);
  if (sheet && table) return { name: sheet.name, hasTable: true };
  const named = sheets.find((s) => SETTINGS_NAME.test(s.name));
  return named ? { name: named.name, hasTable: false } : undefined;
}

/**
 * Every setting with its effective value, read by the engine exactly as a calculation reads it: the
 * workbook's value where one was typed and usable, else the documented default. Per-indicator entries
 * (Polarity: …, Range: …) come from the workbook by definition.
 */
export function effectiveSettings(sheets: ReadonlyArray<SheetGrid>): ReadonlyArray<SettingView> {
  const { sheet, table } = settingsTable(sheets);
  const reading = readSettingsTable(sheet, table);
  const typedNames = new Set(
    SETTING_DEFINITIONS.filter((d) => reading.sources[d.key] !== undefined).map((d) => d.name),
  );
  const globalNames = new Set(SETTING_DEFINITIONS.map((d) => d.name));
  return settingsAsRows(reading.settings).map(
    ([name, value, description]): SettingView => ({
      name,
      value,
      description,
      source: typedNames.has(name) || !globalNames.has(name) ? 'workbook' : 'default',
    }),
  );
}

/** The rows a new Settings sheet starts with: every setting at its default. */
export function defaultSettingRows(): ReadonlyArray<readonly [string, string]> {
  return settingsAsRows(DEFAULT_SETTINGS).map(([name, value]) => [name, value] as const);
}

/** For hosts without createSettingsSheet: the same sheet as an owned-sheet write. */
export function settingsSheetPlan(): WritePlan {
  return {
    columns: [],
    ownedSheets: [
      {
        name: 'Settings',
        rows: [
          [
            { value: 'Setting', bold: true },
            { value: 'Value', bold: true },
          ],
          ...defaultSettingRows().map(([name, value]) => [{ value: name }, { value }]),
        ],
        merges: [],
        columnWidths: [28, 18],
      },
    ],
  };
}
