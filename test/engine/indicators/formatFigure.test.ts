import fc from 'fast-check';
import { formatNumber, formatPercent, groupInteger, toFixedText } from '../../../src/engine/indicators/formatFigure';

/** The definitions the hand-written formatters must match exactly. */
const nativeFixed = (value: number, decimals: number) => value.toFixed(decimals);
const nativeNumber = (value: number, decimals: number) => {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

/** Figures as boards publish them (rates, percentages as fractions, counts), and awkward doubles. */
const figures = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10_000),
  fc.constantFrom(47.21, 51.61, 0.0932, 0.054, 0.927, 0.845, 0.125, 2.675, 1.005, 0.5, -0.5, 1e-7, -1e-7, 0, -0, 999999.995),
);

describe('formatFigure', () => {
  it('toFixedText writes what toFixed writes', () => {
    fc.assert(fc.property(figures, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
      expect(toFixedText(value, decimals)).toBe(nativeFixed(value, decimals));
    }), { numRuns: 10_000 });
  });

  it('formatNumber trims toFixed to its shortest number text', () => {
    fc.assert(fc.property(figures, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
      expect(formatNumber(value, decimals)).toBe(nativeNumber(value, decimals));
    }), { numRuns: 10_000 });
  });

  it('shows the seed figures as the board paper does', () => {
    expect(toFixedText(47.210118438368184, 2)).toBe('47.21');
    expect(formatNumber(0.0932 * 100, 1)).toBe('9.3');
    expect(formatPercent(0.927)).toBe('92.7%');
    expect(formatPercent(0.28)).toBe('28%');
    expect(formatNumber(5.4)).toBe('5.4');
    expect(toFixedText(0.05, 2)).toBe('0.05');
  });

  it('groupInteger writes what en-GB toLocaleString writes', () => {
    fc.assert(fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (value) => {
      expect(groupInteger(value)).toBe(value.toLocaleString('en-GB'));
    }), { numRuns: 5_000 });
    expect(groupInteger(683900)).toBe('683,900');
  });
});
