import { xmrLimits, XMR_RELIABLE_POINTS } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Seed figures: first-time entrants 2014/15-2021/22 (190, 124, 126, 101, 100, 111, 88, 84).
// Hand check: mean = 924/8 = 115.5; moving ranges 66, 2, 25, 1, 11, 23, 4 sum to 132, MR̄ = 132/7 =
// 18.857143; limits 115.5 ± 2.66 × 18.857143 = 65.34 and 165.66; σ̂ = 18.857143/1.128 = 16.717325.
// Also reproduced by an independent Python implementation; compared to 7 significant figures.
const FTE = [190, 124, 126, 101, 100, 111, 88, 84];

describe('xmrLimits', () => {
  it('gives no limits with fewer than two values or a non-finite value', () => {
    expect(xmrLimits([])).toBeUndefined();
    expect(xmrLimits([5])).toBeUndefined();
    expect(xmrLimits([5, Number.NaN, 6])).toBeUndefined();
  });

  it('computes the limits of the first-time entrants series', () => {
    const limits = xmrLimits(FTE)!;
    expectSignificantFigures(limits.mean, 115.5, 7);
    expectSignificantFigures(limits.meanMovingRange, 18.85714, 7);
    expectSignificantFigures(limits.upperProcessLimit, 165.66, 7);
    expectSignificantFigures(limits.lowerProcessLimit, 65.34, 7);
    expectSignificantFigures(limits.sigma, 16.71733, 7);
    expectSignificantFigures(limits.upperTwoSigma, 148.9347, 7);
    expectSignificantFigures(limits.lowerTwoSigma, 82.06535, 7);
    expectSignificantFigures(limits.upperOneSigma, 132.2173, 7);
    expectSignificantFigures(limits.lowerOneSigma, 98.78267, 7);
    expect(limits.pointCount).toBe(8);
  });

  it('marks limits from fewer than 12 points as not reliable', () => {
    expect(XMR_RELIABLE_POINTS).toBe(12);
    expect(xmrLimits(FTE)!.reliable).toBe(false);
    expect(xmrLimits([...FTE, 90, 95, 80])!.reliable).toBe(false);
    expect(xmrLimits([...FTE, 90, 95, 80, 86])!.reliable).toBe(true);
  });

  it('collapses to the mean for a constant series', () => {
    const limits = xmrLimits([7, 7, 7])!;
    expect(limits.meanMovingRange).toBe(0);
    expect(limits.upperProcessLimit).toBe(7);
    expect(limits.lowerProcessLimit).toBe(7);
  });
});
