import fc from 'fast-check';
import { numberText } from '../../../src/engine/values/numberText';

describe('numberText', () => {
  it('writes the seed figures as String does', () => {
    for (const v of [47.21, 51.61, 0.428, 0.054, 0.82, 0.28, 124, 683900, 0.0932, -0.5, 1e-6, 1.5e-7, 0.1 + 0.2, 0, -0]) {
      expect(numberText(v)).toBe(String(v));
    }
  });

  it('writes exactly what String writes for any double', () => {
    const decimals = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([n, k]) => n / 10 ** k);
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), decimals), (v) => {
      expect(numberText(v)).toBe(String(v));
    }), { numRuns: 30_000 });
  });
});
