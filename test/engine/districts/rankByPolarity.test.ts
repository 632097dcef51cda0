import { rankByPolarity } from '../../../src/engine';

describe('rankByPolarity', () => {
  it('competition ranks by polarity; ties to 12 significant figures share the better rank; no figure, no rank', () => {
    expect(rankByPolarity([3, 1, 1, undefined, 2], 'lowest first')).toEqual([4, 1, 1, undefined, 3]);
    expect(rankByPolarity([3, 1, 1, undefined, 2], 'highest first')).toEqual([1, 3, 3, undefined, 2]);
    // 0.1 + 0.2 is 0.30000000000000004: the same figure as 0.3 at 12 significant figures.
    expect(rankByPolarity([0.1 + 0.2, 0.3, 0.1], 'highest first')).toEqual([1, 1, 3]);
    // -0 and 0 tie; NaN and the infinities are no figure and do not count.
    expect(rankByPolarity([0, Number.NaN, -0, Infinity, -5, -Infinity, 1e308], 'lowest first')).toEqual([2, undefined, 2, undefined, 1, undefined, 4]);
  });

  it('gives the same ranks for a few figures (compared pair by pair) as for many (sorted)', () => {
    // 60 figures with ties and float noise; 40 more entries without a figure push the list onto the sorting path.
    const figures = Array.from({ length: 60 }, (_, i) => (i % 7) / 10 + (i % 3 === 0 ? 1e-15 : 0) - (i % 11 === 0 ? 0.3 : 0));
    const padded = [...figures, ...new Array<number | undefined>(40).fill(undefined)];
    for (const order of ['lowest first', 'highest first'] as const) {
      expect(rankByPolarity(padded, order).slice(0, 60)).toEqual(rankByPolarity(figures, order));
    }
  });

  it('ranks 40,000 areas in well under a second (it compared every pair: about ten seconds)', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 40_000);
    const started = Date.now();
    const ranks = rankByPolarity(values, 'lowest first');
    expect(Date.now() - started).toBeLessThan(2000);
    // The values are 0 … 39,999 once each (7919 is prime to 40,000), so each ranks at itself + 1.
    expect(ranks.every((rank, i) => rank === values[i] + 1)).toBe(true);
  }, 60_000);
});
