import fc from 'fast-check';
import { parseRangeText, rangeToText } from '../../../src/engine/indicators/parseRangeText';

/** The definition rangeToText must keep: percentages to twelve significant digits. */
const byPrecision = (v: number) => `${Number((v * 100).toPrecision(12))}%`;

describe('rangeToText', () => {
  it('writes the seed MARAC range as typed', () => {
    expect(rangeToText({ low: 0.28, high: 0.4 })).toBe('28%-40%');
    expect(rangeToText(parseRangeText('28%-40%')!)).toBe('28%-40%');
    expect(rangeToText({ low: 5, high: 12.5 })).toBe('5-12.5');
  });

  it('gives toPrecision(12) percentages for any fraction range', () => {
    const fraction = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      fc.constantFrom(0, 1e-15, 0.0099999999999999, 0.29, 0.57, 0.999999999999999),
    );
    fc.assert(fc.property(fraction, fraction, (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(rangeToText({ low, high })).toBe(`${byPrecision(low)}-${byPrecision(high)}`);
    }), { numRuns: 10_000 });
  });
});
