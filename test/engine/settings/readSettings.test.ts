import { DEFAULT_SETTINGS, calculateWorkbook, readSettings, settingsAsRows, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const sheet = (rows: CellValue[][], formats: Record<string, string> = {}) => gridOf('Settings', [['Setting', 'Value'], ...rows], formats);

describe('readSettings', () => {
  it('defaults for every setting without a sheet', () => {
    const { settings, findings } = readSettings();
    expect(findings).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({
      homeArea: 'Leicestershire',
      stableTolerance: 0.05,
      redThreshold: 0.15,
      overallRagMethod: 'mean',
      directionMethod: 'tolerance',
      confidenceLevel: 0.95,
      smallNumberThreshold: 10,
      suppressBelow: null,
      sanityBound: 0.5,
      riskBands: [108, 216],
      probabilityScale: { min: 1, max: 18 },
      harmScale: { min: 1, max: 18 },
      harmDisagreement: 3,
      spcRunLength: 7,
      spcTrendLength: 6,
      indicators: {},
    });
    expect(settings.districts).toBeUndefined();
  });

  it.each<[CellValue, number, string]>([
    ['5%', 0.05, 'General'],
    ['0.05', 0.05, 'General'],
    [0.05, 0.05, 'General'],
    [5, 0.05, 'General'],
    ['7.5', 0.075, 'General'],
    [0.08, 0.08, '0%'],
  ])('Stable tolerance %p reads as %p', (value, expected, format) => {
    const { settings, findings } = readSettings(sheet([['Stable tolerance', value]], { '1,1': format }));
    expect(findings).toEqual([]);
    expect(settings.stableTolerance).toBeCloseTo(expected, 12);
  });

  it('matches names ignoring case and spacing, below title rows', () => {
    const grid = gridOf('Config', [['Dashboard settings'], [], ['SETTING', 'value'], ['  red   THRESHOLD ', '20%'], ['overall rag method', 'Worst'], ['Confidence level', '99.8%'], ['Suppress below', 'off'], ['Districts', 'Blaby, Charnwood , Melton']]);
    const { settings, findings, sources } = readSettings(grid);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({ redThreshold: 0.2, overallRagMethod: 'worst', confidenceLevel: 0.998, suppressBelow: null, districts: ['Blaby', 'Charnwood', 'Melton'] });
    expect(sources).toEqual({ redThreshold: 'B4', overallRagMethod: 'B5', confidenceLevel: 'B6', suppressBelow: 'B7', districts: 'B8' });
  });

  it('reads bands, scales and per-indicator entries', () => {
    const { settings, findings } = readSettings(sheet([
      ['Risk bands', '100, 200'],
      ['Probability bands', '0:1, 10,000:18'],
      ['Harm scale', '1-10'],
      ['Polarity: Total Crime rate', 'low is good'],
      ['Range: MARAC repeats', '28%-40%'],
      ['Measure: Total Crime rate', 'Rate per 1,000'],
      ['Target: Total Crime rate', 45],
    ]));
    expect(findings).toEqual([]);
    expect(settings.riskBands).toEqual([100, 200]);
    expect(settings.probabilityBands).toEqual([{ minVolume: 0, score: 1 }, { minVolume: 10000, score: 18 }]);
    expect(settings.harmScale).toEqual({ min: 1, max: 10 });
    expect(settings.indicators['total crime rate']).toEqual({ name: 'Total Crime rate', polarity: 'Low is good', measure: 'Rate per 1,000', target: 45 });
    expect(settings.indicators['marac repeats']).toEqual({ name: 'MARAC repeats', range: { low: 0.28, high: 0.4 } });
  });

  it('a bad value gives a finding on its Value cell and the default stands', () => {
    const { settings, findings } = readSettings(sheet([
      ['Stable tolerance', 'about five'],
      ['Overall RAG method', 'average'],
      ['Confidence level', '90%'],
      ['Risk bands', '216, 108'],
      ['Polarity: Crime', 'downwards'],
      ['Colour scheme', 'blue'],
    ]));
    expect(findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['B2', 'V016', 'warning'],
      ['B3', 'V016', 'warning'],
      ['B4', 'V016', 'warning'],
      ['B5', 'V016', 'warning'],
      ['B6', 'V016', 'warning'],
      ['A7', 'V017', 'warning'],
    ]);
    expect(findings[0].message).toBe('The setting "Stable tolerance" has the value "about five", which cannot be used: it is not a number. The default, 5%, is used instead.');
    expect(findings[0].raw).toBe('about five');
    expect(findings[3].message).toContain('the bounds must rise');
    expect(settings).toMatchObject({ stableTolerance: 0.05, overallRagMethod: 'mean', confidenceLevel: 0.95, riskBands: [108, 216], indicators: {} });
  });

  it('an empty Value cell means the default, without a finding', () => {
    expect(readSettings(sheet([['Red threshold', null]]))).toMatchObject({ findings: [], settings: { redThreshold: 0.15 } });
  });

  it.each<[string, CellValue, string]>([
    ['Stable tolerance', '100%', 'it must be below 100%'],
    ['Red threshold', '2000%', 'it must be at most 1,000%'],
    ['Red threshold', '0%', 'it must be above 0%'],
    ['Sanity bound', '20000%', 'it must be at most 10,000%'],
    ['Suppress below', 1, 'it must be at least 2'],
  ])('%s %p is out of range, worded as typed: %s', (name, value, problem) => {
    const { findings } = readSettings(sheet([[name, value]]));
    expect(findings.map((f) => [f.cell, f.code])).toEqual([['B2', 'V016']]);
    expect(findings[0].message).toContain(`cannot be used: ${problem}. The default`);
  });

  it('a setting given twice: the later row counts, with a finding on it naming the earlier', () => {
    const { settings, findings, sources } = readSettings(sheet([['Stable tolerance', '20%'], ['stable  TOLERANCE', '3%']]));
    expect(settings.stableTolerance).toBe(0.03);
    expect(sources.stableTolerance).toBe('B3');
    expect(findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['A3', 'V032', 'warning']]);
    expect(findings[0].message).toBe('The setting "Stable tolerance" is also given at A2; only this last row counts, so "3%" is used.');
  });

  it('a setting given three times, the last unusable: the default stands and both findings say so', () => {
    const { settings, findings, sources } = readSettings(sheet([['Red threshold', '20%'], ['Red threshold', '30%'], ['Red threshold', 'lots']]));
    expect(settings.redThreshold).toBe(0.15);
    expect(sources.redThreshold).toBeUndefined();
    expect(findings.map((f) => [f.cell, f.code])).toEqual([['B4', 'V016'], ['A4', 'V032']]);
    expect(findings[1].message).toBe('The setting "Red threshold" is also given at A2 and A3; only this last row counts, so the default, 15%, is used.');
  });

  it('a per-indicator setting given twice: the later row counts, with a finding', () => {
    const { settings, findings } = readSettings(sheet([['Polarity: Crime', 'Low is good'], ['Polarity: CRIME', 'High is good'], ['Range: Crime', '1-2'], ['Range: Crime', 'wide']]));
    expect(settings.indicators.crime).toEqual({ name: 'Crime', polarity: 'High is good' });
    expect(findings.map((f) => [f.cell, f.code])).toEqual([['B5', 'V016'], ['A3', 'V032'], ['A5', 'V032']]);
    expect(findings[1].message).toBe('The setting "Polarity: Crime" is also given at A2; only this last row counts, so "High is good" is used.');
    expect(findings[2].message).toContain(`so the Indicators sheet's own value, if any, is used.`);
  });

  it('a per-indicator entry for a name typed over two lines (Alt+Enter) applies to that indicator', () => {
    const name = 'Domestic abuse referrals\n(adults)';
    const indicators = gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], [name, 100, 130]]);
    const result = calculateWorkbook([indicators, sheet([[`Polarity: ${name}`, 'High is good']])]);
    expect(result.findings).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ polarity: 'High is good', direction: '↑', rag: 'G' });
  });

  it('a value without a setting name gives a finding on the value and is ignored', () => {
    const { settings, findings } = readSettings(sheet([[null, '5%'], ['Red threshold', '20%']]));
    expect(settings.redThreshold).toBe(0.2);
    expect(findings.map((f) => [f.cell, f.code, f.severity, f.raw])).toEqual([['B2', 'V033', 'warning', '5%']]);
    expect(findings[0].message).toBe('The value "5%" has no setting name beside it, so it is ignored.');
  });
});

describe('per-indicator settings for indicators named like object properties', () => {
  test('"constructor", "toString" and "__proto__" are names like any other: no crash, and each gets only its own settings', () => {
    const result = calculateWorkbook([
      gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], ['constructor', 1, 2], ['toString', 7, 8], ['Total crime', 5, 6]]),
      gridOf('Settings', [['Setting', 'Value'], ['Polarity: __proto__', 'Low is good'], ['Polarity: constructor', 'High is good'], ['Polarity: Total crime', 'Low is good']]),
    ]);
    expect(result.indicators.map((i) => [i.indicator, i.polarity, i.direction])).toEqual([
      ['constructor', 'High is good', '↑'],
      ['toString', '', undefined],
      ['Total crime', 'Low is good', '↓'],
    ]);
  });
});

describe('settingsAsRows', () => {
  it('one row per setting with its value as text and a description', () => {
    const rows = settingsAsRows(DEFAULT_SETTINGS);
    expect(rows.map(([name, value]) => [name, value]).slice(0, 9)).toEqual([
      ['Home area', 'Leicestershire'],
      ['Stable tolerance', '5%'],
      ['Red threshold', '15%'],
      ['Overall RAG method', 'mean'],
      ['Direction method', 'tolerance'],
      ['Confidence level', '95%'],
      ['Small number threshold', '10'],
      ['Suppress below', 'off'],
      ['Sanity bound', '50%'],
    ]);
    expect(rows.every(([, , description]) => description.length > 10 && !description.includes('\n'))).toBe(true);
  });

  it('reads back as the same settings (defaults, and typed values with per-indicator entries)', () => {
    const typed = readSettings(sheet([['Stable tolerance', '2.5%'], ['Districts', 'Blaby, Melton'], ['Range: MARAC', '28%-40%'], ['Polarity: MARAC', 'In range']])).settings;
    for (const settings of [DEFAULT_SETTINGS, typed]) {
      const back = readSettings(sheet(settingsAsRows(settings).map(([name, value]) => [name, value])));
      expect(back.findings).toEqual([]);
      expect(back.settings).toEqual(settings);
    }
  });
});
