import { calculateWorkbook, type Finding } from '../../../src/engine';
import { gridOf } from '../gridOf';

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;
const indicators = () => gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], ['Burglary', 10, 9]]);

describe('calculateWorkbook: more than one Settings table', () => {
  it('reads the sheet named Settings and warns at the header of the table it ignores', () => {
    const config = gridOf('Config', [['Setting', 'Value'], ['Stable tolerance', '20%']]);
    const settings = gridOf('Settings', [['Setting', 'Value'], ['Polarity: Burglary', 'Low is good']]);
    const result = calculateWorkbook([indicators(), config, settings]);
    expect(result.findings.map(key)).toEqual(['V030 Config!A1']);
    expect(result.findings[0]).toMatchObject({
      severity: 'warning',
      message: 'This second Settings table (Setting and Value) is ignored; settings are read from the sheet named "Settings" (a sheet named Settings is preferred).',
      fix: 'Move any setting you need from here to the "Settings" sheet, then delete this table.',
    });
    expect(result.settings).toMatchObject({ stableTolerance: 0.05, indicators: { burglary: { name: 'Burglary', polarity: 'Low is good' } } });
    expect(result.sheets.filter((s) => s.kind === 'settings').map((s) => s.name)).toEqual(['Settings']);
  });

  it('without a sheet named Settings reads the first table, and warns at the later one wherever its header is', () => {
    const config = gridOf('Config', [['Setting', 'Value'], ['Stable tolerance', '20%']]);
    const options = gridOf('Options', [['Our options'], [], [null, 'Setting', 'Value'], [null, 'Red threshold', '30%']]);
    const result = calculateWorkbook([indicators(), config, options]);
    expect(result.findings.filter((f) => f.code === 'V030').map(key)).toEqual(['V030 Options!B3']);
    expect(result.findings.find((f) => f.code === 'V030')!.message).toBe('This second Settings table (Setting and Value) is ignored; settings are read from "Config", the first sheet with one.');
    expect(result.settings).toMatchObject({ stableTolerance: 0.2, redThreshold: 0.15 });
  });

  it('one Settings table gives no such finding', () => {
    const result = calculateWorkbook([indicators(), gridOf('Config', [['Setting', 'Value'], ['Polarity: Burglary', 'Low is good']])]);
    expect(result.findings).toEqual([]);
  });
});
