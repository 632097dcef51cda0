import { normaliseHeaderText } from '../../engine';
import type { CellValue, SheetGrid, WritePlan } from '../../engine';
import type { SettingView } from './dashboardReducer';

// STOPGAP until the engine's front door exports Settings / DEFAULT_SETTINGS / settingsAsRows: the
// documented defaults (workbook contract §6, §8a) and a plain reading of a `Setting | Value` table.
// When the engine lands, effectiveSettings and defaultSettingRows should delegate to it.
const DEFAULTS: ReadonlyArray<readonly [string, string]> = [
  ['Home area', ''],
  ['Stable tolerance', '5%'],
  ['Red threshold', '15%'],
  ['Overall RAG method', 'mean'],
  ['Direction method', 'tolerance'],
  ['Confidence level', '95%'],
];

const HEADER_SEARCH_ROWS = 20;

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? value.error : String(value);
}

/** The typed settings of a sheet whose header row (within the first 20 rows) holds Setting and Value. */
function settingsTable(sheet: SheetGrid): ReadonlyArray<readonly [string, string]> | undefined {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); row++) {
    const headers = sheet.values[row].map((v) => normaliseHeaderText(text(v)));
    const nameColumn = headers.indexOf('setting');
    const valueColumn = headers.indexOf('value');
    if (nameColumn < 0 || valueColumn < 0) continue;
    const rows: Array<readonly [string, string]> = [];
    for (const line of sheet.values.slice(row + 1)) {
      const name = text(line[nameColumn]).trim();
      if (name === '') break;
      rows.push([name, text(line[valueColumn]).trim()]);
    }
    return rows;
  }
  return undefined;
}

export function hasSettingsSheet(sheets: ReadonlyArray<SheetGrid>): boolean {
  return sheets.some((s) => s.name.trim().toLowerCase() === 'settings' || settingsTable(s) !== undefined);
}

/** Every documented setting with its effective value: the workbook's when typed, else the default. */
export function effectiveSettings(sheets: ReadonlyArray<SheetGrid>): ReadonlyArray<SettingView> {
  const typed = new Map<string, string>();
  for (const sheet of sheets) for (const [name, value] of settingsTable(sheet) ?? []) typed.set(normaliseHeaderText(name), value);
  const known = DEFAULTS.map(([name, value]): SettingView => {
    const own = typed.get(normaliseHeaderText(name));
    return own ? { name, value: own, source: 'workbook' } : { name, value, source: 'default' };
  });
  // Settings typed in the workbook that have no documented default are shown too, as typed.
  const extra = [...typed]
    .filter(([key, value]) => value !== '' && !DEFAULTS.some(([name]) => normaliseHeaderText(name) === key))
    .map(([key, value]): SettingView => {
      const original = sheets.flatMap((s) => settingsTable(s) ?? []).find(([name]) => normaliseHeaderText(name) === key);
      return { name: original?.[0] ?? key, value, source: 'workbook' };
    });
  return [...known, ...extra];
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
