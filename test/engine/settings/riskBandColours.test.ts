import { DEFAULT_SETTINGS, SETTING_DEFINITIONS, readSettings, settingsAsRows, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const sheet = (rows: CellValue[][]) => gridOf('Settings', [['Setting', 'Value'], ...rows]);

describe('Risk band colours setting', () => {
  test('is listed for the Settings sheet, empty by default (the default colours)', () => {
    expect(DEFAULT_SETTINGS.riskBandColours).toBeUndefined();
    const row = settingsAsRows(DEFAULT_SETTINGS).find(([name]) => name === 'Risk band colours');
    expect(row?.[1]).toBe('');
    expect(row?.[2]).toContain('#RRGGBB');
    expect(SETTING_DEFINITIONS.find((d) => d.key === 'riskBands')?.description).toContain('above the last is HIGH, and between them MEDIUM (MEDIUM 1, MEDIUM 2');
  });

  test('reads #RRGGBB colours (any case) and the common names, low to high', () => {
    const hex = readSettings(sheet([['Risk band colours', '#92d050, #FFC000; #c00000']]));
    expect(hex.findings).toEqual([]);
    expect(hex.settings.riskBandColours).toEqual(['#92D050', '#FFC000', '#C00000']);
    expect(hex.sources.riskBandColours).toBe('B2');
    expect(readSettings(sheet([['Risk band colours', 'Green, amber, RED']])).settings.riskBandColours).toEqual(['#00B050', '#FFC000', '#C00000']);
  });

  test('a value that is not a colour is V016 on its cell, and the default colours stand', () => {
    const { settings, findings } = readSettings(sheet([['Risk band colours', '#92D050, purple-ish, #C00000']]));
    expect(settings.riskBandColours).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'V016', sheet: 'Settings', cell: 'B2', raw: '#92D050, purple-ish, #C00000' })]);
    expect(findings[0].message).toContain('"purple-ish" is not a colour written #RRGGBB');
  });

  test('a word that is a property of every object ("constructor") is not a colour', () => {
    const { settings, findings } = readSettings(sheet([['Risk band colours', 'green, constructor, red']]));
    expect(settings.riskBandColours).toBeUndefined();
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['V016', 'B2']]);
  });

  test('a count that does not match the bands is V016 naming both, and the default colours for those bands stand', () => {
    const { settings, findings } = readSettings(sheet([['Risk band colours', '#92D050, #C00000'], ['Risk bands', '54, 108, 216']]));
    expect(settings.riskBands).toEqual([54, 108, 216]);
    expect(settings.riskBandColours).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'V016', cell: 'B2', raw: '#92D050, #C00000' });
    expect(findings[0].message).toBe(
      'The setting "Risk band colours" has the value "#92D050, #C00000", which cannot be used: it gives 2 colours but "Risk bands" makes 4 bands (LOW, MEDIUM 1, MEDIUM 2, HIGH). The default, #92D050, #FFC000, #FFC000, #C00000, is used instead.',
    );
    expect(findings[0].fix).toBe('Type one colour per risk band, low to high, e.g. #92D050, #FFC000, #C00000.');
  });

  test('four colours fit four bands; three fit the default bands', () => {
    const four = readSettings(sheet([['Risk bands', '54, 108, 216'], ['Risk band colours', '#FFFFFF, #FFC000, #FF8000, #C00000']]));
    expect(four.findings).toEqual([]);
    expect(four.settings.riskBandColours).toHaveLength(4);
    expect(readSettings(sheet([['Risk band colours', 'green, amber, red']])).findings).toEqual([]);
  });
});
