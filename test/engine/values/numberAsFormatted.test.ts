import { numberAsFormatted } from '../../../src/engine/values/numberAsFormatted';

describe('numberAsFormatted: a number as Excel shows it under a simple number format', () => {
  test.each([
    // Seed 002: total crime 32,287 / 683,900 × 1,000 typed as a formula, formatted to two places.
    [47.210118438368184, '0.00', '47.21'],
    [0.4281, '0.0%', '42.8%'],
    [0.1, '0%', '10%'],
    [32287, '#,##0', '32,287'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.0', '-1,234.5'],
    [0.5, '0.0#', '0.5'],
    [0.456, '0.0#', '0.46'],
    [12, '0', '12'],
    [2.5, '0.00;[Red]-0.00', '2.50'],
  ])('%p under %p is %p', (value, format, shown) => {
    expect(numberAsFormatted(value, format)).toBe(shown);
  });

  test.each([['General'], ['dd/mm/yyyy'], ['# ?/?'], ['@'], [undefined]])('leaves %p to the caller', (format) => {
    expect(numberAsFormatted(3.14159, format)).toBeUndefined();
  });
});
