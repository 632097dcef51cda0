import type { SheetGrid, WritePlan } from '../../engine';
import type { SettingView } from './dashboardReducer';

// TEMPORARY until the engine exports Settings / DEFAULT_SETTINGS / settingsAsRows.
const DEFAULTS: ReadonlyArray<readonly [string, string]> = [
  ['Home area', ''],
  ['Stable tolerance', '5%'],
  ['Red threshold', '15%'],
  ['Overall RAG method', 'mean'],
  ['Direction method', 'tolerance'],
];

function settingsTable(sheet: SheetGrid): ReadonlyArray<readonly [string, string]> | undefined {
  const header = sheet.values.slice(0, 20).findIndex((row) => {
    const texts = row.map((v) => String(v ?? '').trim().toLowerCase());
    return texts.includes('setting') && texts.includes('value');
  });
  if (header < 0) return undefined;
  const texts = sheet.values[header].map((v) => String(v ?? '').trim().toLowerCase());
  const nameColumn = texts.indexOf('setting');
  const valueColumn = texts.indexOf('value');
  return sheet.values
    .slice(header + 1)
    .filter((row) => row[nameColumn] !== null && row[nameColumn] !== undefined)
    .map((row) => [String(row[nameColumn]), String(row[valueColumn] ?? '')] as const);
}

export function hasSettingsSheet(sheets: ReadonlyArray<SheetGrid>): boolean {
  return sheets.some((s) => s.name.toLowerCase() === 'settings' || settingsTable(s) !== undefined);
}

export function effectiveSettings(sheets: ReadonlyArray<SheetGrid>): ReadonlyArray<SettingView> {
  const typed = new Map<string, string>();
  for (const sheet of sheets) for (const [name, value] of settingsTable(sheet) ?? []) typed.set(name.toLowerCase(), value);
  return DEFAULTS.map(([name, value]) => {
    const own = typed.get(name.toLowerCase());
    return own !== undefined && own !== '' ? { name, value: own, source: 'workbook' } : { name, value, source: 'default' };
  });
}

/** The rows a new Settings sheet starts with: every setting at its default. */
export function defaultSettingRows(): ReadonlyArray<readonly [string, string]> {
  return DEFAULTS;
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
