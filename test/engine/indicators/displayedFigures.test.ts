import { calculateWorkbook, type SheetGrid } from '../../../src/engine';

// Seed 002, Appendix 1: total crime 47.21 → 51.61 per 1,000 (32,287 / 683,900 and 35,580 / 689,400).
describe('the figures a row shows (the Dashboard, the board report, the command line)', () => {
  test('counts without value cells show the calculated rate, rounded as the Reason rounds it', () => {
    const grid: SheetGrid = {
      name: 'Indicators',
      values: [
        ['Indicator', 'Polarity', 'Previous count', 'Previous population', 'Current count', 'Current population'],
        ['Total Crime rate (per 1,000 population)', 'Low is good', 32287, 683900, 35580, 689400],
      ],
    };
    const [row] = calculateWorkbook([grid]).indicators;
    expect([row.previous.display, row.current.display]).toEqual(['47.21', '51.61']);
    expect(row.reason).toContain('(47.21 → 51.61)');
  });

  test('a number cell shows as its number format shows it, not at full precision', () => {
    const grid: SheetGrid = {
      name: 'Indicators',
      values: [
        ['Indicator', 'Polarity', 'Previous value', 'Current value'],
        ['Total Crime rate (per 1,000 population)', 'Low is good', 32287 / 683900 * 1000, 35580 / 689400 * 1000],
        ['% of people feeling safe', 'High is good', 0.4281, 0.4417],
      ],
      numberFormats: [[], [undefined, undefined, '0.00', '0.00'], [undefined, undefined, '0.0%', '0.0%']],
    };
    const [crime, safe] = calculateWorkbook([grid]).indicators;
    expect([crime.previous.display, crime.current.display]).toEqual(['47.21', '51.61']);
    expect([safe.previous.display, safe.current.display]).toEqual(['42.8%', '44.2%']);
  });
});
