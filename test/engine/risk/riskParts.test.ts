import { DEFAULT_RISK_SETTINGS, riskBandsFromUpperBounds } from '../../../src/engine';
import { harmSpread } from '../../../src/engine/risk/harmSpread';
import { probabilityFromVolume } from '../../../src/engine/risk/probabilityFromVolume';
import { rankRiskScores } from '../../../src/engine/risk/rankRiskScores';
import { riskBandFor } from '../../../src/engine/risk/riskBandFor';

describe('riskBandFor', () => {
  const bands = DEFAULT_RISK_SETTINGS.bands;
  test.each([
    [0, 'LOW'],
    [108, 'LOW'],
    [108.01, 'MEDIUM'],
    [216, 'MEDIUM'],
    [216.01, 'HIGH'],
    [324, 'HIGH'], // the published maximum, 18 × 18
  ])('%p is %s', (score, label) => {
    expect(riskBandFor(score, bands).label).toBe(label);
  });

  test('one upper bound gives LOW and HIGH; three give LOW, MEDIUM 1, MEDIUM 2, HIGH', () => {
    expect(riskBandsFromUpperBounds([150]).map((b) => [b.label, b.upTo])).toEqual([['LOW', 150], ['HIGH', undefined]]);
    expect(riskBandsFromUpperBounds([50, 100, 200]).map((b) => b.label)).toEqual(['LOW', 'MEDIUM 1', 'MEDIUM 2', 'HIGH']);
  });
});

describe('probabilityFromVolume (default bands)', () => {
  const bands = DEFAULT_RISK_SETTINGS.probabilityBands;
  test.each([
    [0, 1], [9, 1], [10, 3], [49, 3], [50, 6], [249, 6], [250, 9], [999, 9],
    [1_000, 12], [4_999, 12], [5_000, 15], [9_999, 15], [10_000, 18], [17_460, 18],
  ])('volume %p scores %p', (volume, score) => {
    expect(probabilityFromVolume(volume, bands)?.score).toBe(score);
  });

  test('reports the band applied, and undefined below the lowest threshold', () => {
    expect(probabilityFromVolume(5_026, bands)).toEqual({ score: 15, minVolume: 5_000, belowVolume: 10_000 });
    expect(probabilityFromVolume(20_000, bands)).toEqual({ score: 18, minVolume: 10_000 });
    expect(probabilityFromVolume(4, [{ minVolume: 10, score: 3 }])).toBeUndefined();
  });
});

describe('harmSpread (population standard deviation)', () => {
  /** The spread of plain scores, around their mean as the harm score is worked out. */
  const spreadOf = (scores: number[]) => harmSpread(scores.map((score) => ({ score })), scores.reduce((sum, x) => sum + x, 0) / scores.length);

  test('fewer than two scores have no spread', () => {
    expect(spreadOf([])).toBe(0);
    expect(spreadOf([12])).toBe(0);
  });

  test('matches R: sd(x) * sqrt((n - 1) / n)', () => {
    // R: x <- c(14, 6, 5, 9, 12, 8); sd(x) = 3.464102; sd(x) * sqrt(5/6) = 3.162278
    expect(spreadOf([14, 6, 5, 9, 12, 8])).toBeCloseTo(3.162278, 6);
    // R: x <- c(16, 17, 15, 17, 16, 15); sd(x) * sqrt(5/6) = 0.8164966
    expect(spreadOf([16, 17, 15, 17, 16, 15])).toBeCloseTo(0.8164966, 6);
    expect(spreadOf([3, 9])).toBe(3);
  });
});

describe('rankRiskScores', () => {
  test('competition ranking: ties share the better rank, the next rank skips', () => {
    expect(rankRiskScores([120, 168, 240, 168])).toEqual([4, 2, 1, 2]);
    expect(rankRiskScores([108, 108, 108])).toEqual([1, 1, 1]);
  });

  test('undefined scores stay unranked and take no place', () => {
    expect(rankRiskScores([undefined, 50, undefined, 60])).toEqual([undefined, 2, undefined, 1]);
    expect(rankRiskScores([])).toEqual([]);
  });
});
