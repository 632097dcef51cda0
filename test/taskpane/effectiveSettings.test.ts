import { calculateWorkbook } from '../../src/engine';
import type { SheetGrid } from '../../src/engine';
import { defaultSettingRows, effectiveSettings, findSettingsSheet, settingsSheetPlan } from '../../src/taskpane/state/effectiveSettings';

// Rows as on the sample workbook's Settings sheet, shifted one column right: the header is found anywhere in its row.
const settingsSheet: SheetGrid = {
  name: 'Settings',
  values: [
    [null, 'Setting', 'Value'],
    [null, 'Home area', 'Leicestershire'],
    [null, 'stable  TOLERANCE', '3%'],
    [null, 'Range: % of domestic violence cases reviewed at MARAC that are repeat incidents', '28%-40%'],
  ],
};
const indicators: SheetGrid = { name: 'Indicators', values: [['Outcome', 'Indicator', 'Current value']] };

describe('effectiveSettings', () => {
  test('without a Settings sheet every setting is its documented default', () => {
    const settings = effectiveSettings([indicators]);
    expect(settings.every((s) => s.source === 'default')).toBe(true);
    expect(settings.find((s) => s.name === 'Stable tolerance')?.value).toBe('5%');
    expect(settings.find((s) => s.name === 'Red threshold')?.value).toBe('15%');
    expect(settings.find((s) => s.name === 'Overall RAG method')?.value).toBe('mean');
  });

  test('workbook values win over defaults, matched as headers are (case, spaces)', () => {
    const settings = effectiveSettings([indicators, settingsSheet]);
    expect(settings.find((s) => s.name === 'Home area')).toMatchObject({ name: 'Home area', value: 'Leicestershire', source: 'workbook' });
    expect(settings.find((s) => s.name === 'Stable tolerance')).toMatchObject({ name: 'Stable tolerance', value: '3%', source: 'workbook' });
    expect(settings.find((s) => s.name === 'Red threshold')?.source).toBe('default');
  });

  test('per-indicator entries are listed as the engine read them', () => {
    const extra = effectiveSettings([settingsSheet]).find((s) => s.name.startsWith('Range:'));
    expect(extra).toMatchObject({ name: 'Range: % of domestic violence cases reviewed at MARAC that are repeat incidents', source: 'workbook' });
    expect(extra?.value).toMatch(/^28%\s*[-–]\s*40%$/);
  });

  test('a typed value the engine cannot use shows the default that will apply', () => {
    const bad: SheetGrid = { name: 'Settings', values: [['Setting', 'Value'], ['Red threshold', 'lots']] };
    expect(effectiveSettings([bad]).find((s) => s.name === 'Red threshold')).toMatchObject({ value: '15%', source: 'default' });
  });
});

describe('the Settings sheet', () => {
  test('found by name or by its Setting | Value header, and named', () => {
    expect(findSettingsSheet([indicators])).toBeUndefined();
    expect(findSettingsSheet([indicators, settingsSheet])).toEqual({ name: settingsSheet.name, hasTable: true });
    expect(findSettingsSheet([{ name: 'Options', values: [['Notes'], ['Setting', 'Value']] }])).toEqual({ name: 'Options', hasTable: true });
    expect(findSettingsSheet([{ name: 'settings', values: [] }])).toEqual({ name: 'settings', hasTable: false });
  });

  test('a new sheet holds a bold header and every default, one per row', () => {
    const [sheet] = settingsSheetPlan().ownedSheets;
    expect(sheet.name).toBe('Settings');
    expect(sheet.rows[0]).toEqual([{ value: 'Setting', bold: true }, { value: 'Value', bold: true }]);
    expect(sheet.rows.slice(1).map((row) => row.map((c) => c.value))).toEqual(defaultSettingRows().map(([n, v]) => [n, v]));
  });
});

describe('which Settings table is shown', () => {
  // The repro: an older Setting | Value table on a sheet before the one named Settings.
  const oldSettings: SheetGrid = { name: 'Old settings', values: [['Setting', 'Value'], ['Stable tolerance', '10%']] };
  const current: SheetGrid = { name: 'Settings', values: [['Setting', 'Value'], ['Stable tolerance', '2%']] };

  test('the sheet named Settings wins over an earlier sheet with a Setting | Value table, as in the calculation', () => {
    const shown = effectiveSettings([indicators, oldSettings, current]).find((s) => s.name === 'Stable tolerance');
    expect(shown).toMatchObject({ value: '2%', source: 'workbook' });
    expect(calculateWorkbook([indicators, oldSettings, current]).settings?.stableTolerance).toBeCloseTo(0.02, 10);
  });

  test('without a sheet named Settings, the first sheet with the table is read', () => {
    const other: SheetGrid = { name: 'Newer options', values: [['Setting', 'Value'], ['Stable tolerance', '2%']] };
    expect(effectiveSettings([indicators, oldSettings, other]).find((s) => s.name === 'Stable tolerance')?.value).toBe('10%');
  });
});
