import { DEFAULT_RISK_SETTINGS, riskBandsFromUpperBounds } from '../../../src/engine';
import { formatTypedNumber, riskScoreNumberFormat } from '../../../src/engine/risk/formatRiskNumber';
import { textColourOn } from '../../../src/engine/risk/textColourOn';
import { calculate, column, riskGrid } from './riskGrid';

const MAIN = '2016/17';

describe('risk score number format beside a band bound (issue 4 presentation)', () => {
  const bounds = [108, 216];

  test.each([
    [108.01, '0.0#####'], // one decimal shows "108.0" above a LOW 108
    [216.01, '0.0#####'],
    [216.001, '0.0#####'],
    [107.96, '0.0#####'], // rounds up onto 108 without being on it
    [108, '0.0'],
    [216, '0.0'],
    [3 * 36.000000000000004, '0.0'], // float residue of 108 is on the bound
    [168, '0.0'],
    [108.2, '0.0'],
  ])('%p gets %p', (score, format) => {
    expect(riskScoreNumberFormat(score, bounds)).toBe(format);
  });

  test('the Risk score cells of 108.01 (MEDIUM) and 216.01 (HIGH) show their decimals; 108 (LOW) keeps one', () => {
    // 12 × 9.000833… = 108.01 and 16.001 × 13.5 = 216.0135, worked by hand.
    const { rows, columns } = calculate(riskGrid([
      ['ASB', null, 12, 9.000833333333333, 9.000833333333333, 9.000833333333333, MAIN],
      ['Robbery', null, 12, 9, 9, 9, MAIN],
      ['Burglary', null, 16.001, 13, 14, 13.5, MAIN],
    ]));
    expect(rows.map((r) => r.rating)).toEqual(['MEDIUM', 'LOW', 'HIGH']);
    expect(column(columns, 'Risk score').cells.map((c) => c?.numberFormat)).toEqual(['0.0#####', '0.0', '0.0#####']);
    expect(column(columns, 'Harm score').cells.map((c) => c?.numberFormat)).toEqual(['0.0#', '0.0#', '0.0#']);
  });
});

describe('typed probability in the Reason', () => {
  test('is shown as typed (16.001, not 16), so the product reads 216.01', () => {
    const { rows } = calculate(riskGrid([['Burglary', null, 16.001, 13, 14, 13.5, MAIN]]));
    expect(rows[0].reason).toBe('Probability 16.001 (typed) × harm score 13.5 (mean of 3 partner scores, 13 to 14) = 216.01: HIGH (above 216).');
  });

  test.each([
    [16.001, '16.001'],
    [12, '12'],
    [12.5, '12.5'],
    [1.1234567, '1.123457'], // at most six decimals
    [1250.25, '1,250.25'],
  ])('formatTypedNumber(%p) is %p', (value, text) => {
    expect(formatTypedNumber(value)).toBe(text);
  });
});

describe('bands from three or more bounds', () => {
  test('54, 108, 216: LOW, MEDIUM 1, MEDIUM 2, HIGH, each filled; the top is HIGH', () => {
    const bands = riskBandsFromUpperBounds([54, 108, 216]);
    expect(bands.map((b) => [b.label, b.upTo, b.fill, b.fontColor])).toEqual([
      ['LOW', 54, '#92D050', '#000000'],
      ['MEDIUM 1', 108, '#FFC000', '#000000'],
      ['MEDIUM 2', 216, '#FFC000', '#000000'],
      ['HIGH', undefined, '#C00000', '#FFFFFF'],
    ]);
  });

  test('the default two bounds keep LOW, MEDIUM, HIGH in green, amber, red', () => {
    expect(DEFAULT_RISK_SETTINGS.bands.map((b) => [b.label, b.fill, b.fontColor])).toEqual([
      ['LOW', '#92D050', '#000000'],
      ['MEDIUM', '#FFC000', '#000000'],
      ['HIGH', '#C00000', '#FFFFFF'],
    ]);
  });

  test('a sheet rated by four bands letters and fills every rating, 217 HIGH', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, bands: riskBandsFromUpperBounds([54, 108, 216]) };
    const { rows, columns } = calculate(riskGrid([
      ['Robbery', null, 6, 9, 9, 9, MAIN], // 54
      ['Burglary', null, 6, 10, 10, 10, MAIN], // 60
      ['ASB', null, 12, 15, 15, 15, MAIN], // 180
      ['Domestic abuse', null, 14, 15.5, 15.5, 15.5, MAIN], // 217
    ]), settings);
    expect(rows.map((r) => [r.riskScore, r.rating])).toEqual([[54, 'LOW'], [60, 'MEDIUM 1'], [180, 'MEDIUM 2'], [217, 'HIGH']]);
    expect(column(columns, 'Risk rating').cells.map((c) => [c?.value, c?.fill, c?.bold])).toEqual([
      ['LOW', '#92D050', true],
      ['MEDIUM 1', '#FFC000', true],
      ['MEDIUM 2', '#FFC000', true],
      ['HIGH', '#C00000', true],
    ]);
    expect(rows[3].reason).toMatch(/= 217: HIGH \(above 216\)\.$/);
  });

  test('given fills colour the bands, the text black or white by contrast; a wrong count falls back to the defaults', () => {
    const bands = riskBandsFromUpperBounds([108, 216], ['#FFFFFF', '#00B050', '#000000']);
    expect(bands.map((b) => [b.fill, b.fontColor])).toEqual([['#FFFFFF', '#000000'], ['#00B050', '#000000'], ['#000000', '#FFFFFF']]);
    expect(riskBandsFromUpperBounds([108, 216], ['#FFFFFF']).map((b) => b.fill)).toEqual(['#92D050', '#FFC000', '#C00000']);
  });
});

describe('textColourOn (WCAG 2.1 contrast, worked by hand)', () => {
  test.each([
    ['#FFFFFF', '#000000'],
    ['#000000', '#FFFFFF'],
    ['#FFC000', '#000000'], // L ≈ 0.60: 13.0 on black against 1.6 on white
    ['#C00000', '#FFFFFF'], // L ≈ 0.11: 3.2 on black against 6.4 on white
    ['#92D050', '#000000'],
    ['#7F2704', '#FFFFFF'],
    ['#808080', '#000000'], // L ≈ 0.216: 5.3 on black against 4.0 on white
    ['#767676', '#000000'], // L ≈ 0.1811: 4.62 on black against 4.54 on white, just black
    ['#757575', '#FFFFFF'], // L ≈ 0.1778: 4.56 on black against 4.61 on white, just white
    ['not a colour', '#000000'],
  ])('%s takes %s', (fill, text) => {
    expect(textColourOn(fill)).toBe(text);
  });
});
