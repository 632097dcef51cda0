import { calculateWorkbook, readSettings } from '../../../src/engine';
import { gridOf } from '../gridOf';

describe('a per-indicator setting for an indicator named "__proto__"', () => {
  it('is kept as its own entry, not lost when the settings are checked', () => {
    const { settings } = readSettings(gridOf('Settings', [['Setting', 'Value'], ['Polarity: __proto__', 'Low is good'], ['Measure: __proto__', 'Percentage']]));
    expect(Object.entries(settings.indicators)).toEqual([['__proto__', { name: '__proto__', polarity: 'Low is good', measure: 'Percentage' }]]);
    expect(Object.getPrototypeOf(settings.indicators)).toBe(Object.prototype);
  });

  it('gives that indicator its polarity on the Indicators and Peers sheets', () => {
    // 5 → 4 is a fall of 20%, beyond the 5% stable band: improving when low is good. On the Peers
    // sheet Leicestershire's 5 is second lowest of 4, 5 and 6, so 2/3.
    const result = calculateWorkbook([
      gridOf('Indicators', [['Indicator', 'Previous value', 'Current value'], ['__proto__', 5, 4]]),
      gridOf('Peers', [['Area', 'Indicator', 'Value'], ['Leicestershire', '__proto__', 5], ['Derbyshire', '__proto__', 6], ['Nottinghamshire', '__proto__', 4]]),
      gridOf('Settings', [['Setting', 'Value'], ['Home area', 'Leicestershire'], ['Polarity: __proto__', 'Low is good']]),
    ]);
    expect(result.indicators.map((i) => [i.indicator, i.polarity, i.direction, i.nearestNeighbour])).toEqual([['__proto__', 'Low is good', '↑', '2/3']]);
    expect(result.findings.map((f) => f.code)).not.toContain('V031');
  });
});
