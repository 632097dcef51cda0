import fc from 'fast-check';
import { cellAddress, parseCellAddress } from '../../../src/engine/grid/address';

/** The A1 rule as one pattern: what parseCellAddress's plain-address fast path must agree with. */
function byPattern(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/i.exec(address.trim());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

describe('parseCellAddress', () => {
  it('reads the addresses findings carry, and the forms people type', () => {
    expect(parseCellAddress('E7')).toEqual({ row: 6, column: 4 });
    expect(parseCellAddress('XFD1048576')).toEqual({ row: 1048575, column: 16383 });
    expect(parseCellAddress('$E$7')).toEqual({ row: 6, column: 4 });
    expect(parseCellAddress(' e7 ')).toEqual({ row: 6, column: 4 });
    for (const bad of ['', 'E', '7', 'E0', 'E07', 'ABCD1', 'E7:F8', 'E-7', 'E7!']) expect(parseCellAddress(bad)).toBeUndefined();
  });

  it('gives back what cellAddress wrote', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, column) => {
      expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
    }));
  });

  it('agrees with the A1 pattern on any short text of address characters', () => {
    const text = fc.string({ unit: fc.constantFrom('A', 'E', 'Z', 'a', '$', '0', '1', '7', '9', ' ', ':'), maxLength: 8 });
    fc.assert(fc.property(text, (address) => {
      expect(parseCellAddress(address)).toEqual(byPattern(address));
    }), { numRuns: 5_000 });
  });
});
