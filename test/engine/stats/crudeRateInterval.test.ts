import { crudeRateInterval } from '../../../src/engine';
import { expectSignificantFigures } from './expectSignificantFigures';

// Reference values: scipy 1.17.1, the PHE rule (exact Poisson below 10, Byar from 10) computed
// independently in Python, scaled by multiplier / population; 4 significant figures. The population
// of 70,000 is illustrative (the seeds give first-time entrant counts, e.g. 84 in 2021/22, but no
// denominator).
const POPULATION = 70000;

describe('crudeRateInterval', () => {
  it('gives no interval for population 0 or negative, a negative count or a bad multiplier', () => {
    expect(crudeRateInterval(5, 0)).toBeUndefined();
    expect(crudeRateInterval(5, -100)).toBeUndefined();
    expect(crudeRateInterval(5, Number.NaN)).toBeUndefined();
    expect(crudeRateInterval(-1, 1000)).toBeUndefined();
    expect(crudeRateInterval(5, 1000, 0)).toBeUndefined();
    expect(crudeRateInterval(5, 1000, 1000, 0)).toBeUndefined();
  });

  it.each([
    [0, 0.95, 'exact Poisson', 0, 0, 5.269827],
    [1, 0.95, 'exact Poisson', 1.428571, 0.0361683, 7.95949],
    [9, 0.95, 'exact Poisson', 12.85714, 5.879104, 24.40686],
    [10, 0.95, 'Byar', 14.28571, 6.839214, 26.27351],
    [84, 0.95, 'Byar', 120, 95.71371, 148.5699],
    [10000, 0.95, 'Byar', 14285.71, 14007.07, 14568.5],
    [0, 0.998, 'exact Poisson', 0, 0, 9.868221],
    [1, 0.998, 'exact Poisson', 1.428571, 0.001429286, 13.19059],
    [9, 0.998, 'exact Poisson', 12.85714, 3.503463, 32.36767],
    [10, 0.998, 'Byar', 14.28571, 4.166169, 34.56246],
    [84, 0.998, 'Byar', 120, 83.54179, 166.2583],
    [10000, 0.998, 'Byar', 14285.71, 13848.32, 14732.7],
  ])('count %d per 100,000 at level %d', (count, level, method, rate, lower, upper) => {
    const interval = crudeRateInterval(count, POPULATION, 100000, level);
    expect(interval?.method).toBe(method);
    expectSignificantFigures(interval?.value, rate);
    expectSignificantFigures(interval?.lower, lower);
    expectSignificantFigures(interval?.upper, upper);
  });

  it('uses 100,000 and 95% by default and scales with the multiplier', () => {
    const perHundredThousand = crudeRateInterval(84, POPULATION)!;
    const perThousand = crudeRateInterval(84, POPULATION, 1000)!;
    expect(perHundredThousand.level).toBe(0.95);
    expect(perHundredThousand.value).toBeCloseTo(120, 10);
    expect(perThousand.upper * 100).toBeCloseTo(perHundredThousand.upper, 8);
  });
});
