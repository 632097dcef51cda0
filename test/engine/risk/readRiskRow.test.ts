import { DEFAULT_RISK_SETTINGS, SheetGrid, calculateWorkbook } from '../../../src/engine';
import { calculate, column, riskGrid } from './riskGrid';

const MAIN = '2016/17';
const settingsSheet = (rows: Array<[string, string]>): SheetGrid => ({ name: 'Settings', values: [['Setting', 'Value'], ...rows] });

describe('readRiskRow: a probability derived from the volume outside the probability scale', () => {
  test('Probability bands "0:1, 100:25" on a 1-18 scale: volume 500 gives 25, an error on the Volume cell, not a score of 250', () => {
    const result = calculateWorkbook([
      settingsSheet([['Probability bands', '0:1, 100:25']]),
      riskGrid([
        ['Burglary', 500, null, 10, 10, 10, MAIN],
        ['Robbery', 40, null, 14, 13, 12, MAIN], // band 0-99 → 1: in scale, scored 1 × 13 = 13
      ]),
    ]);
    const [burglary, robbery] = result.risk ?? [];
    const error = result.findings.find((f) => f.severity === 'error');
    expect(error).toMatchObject({ code: 'R007', sheet: 'Risk Matrix', cell: 'B3', raw: '500', parsed: '25', expected: 'a probability from 1-18' });
    expect(error?.message).toBe('The volume 500 for Burglary gives probability 25 by the "Probability bands" setting, outside the probability scale 1-18, so the row is not scored.');
    expect(error?.fix).toBe('Correct the "Probability bands" setting so every band\'s score is within 1-18, or type a Probability for Burglary.');
    expect(burglary).toMatchObject({ notScored: true, probability: undefined, riskScore: undefined, rating: undefined, rank: undefined });
    expect(burglary.reason).toBe(`Not scored: B3 ${error?.message}`);
    expect(robbery).toMatchObject({ probability: 1, probabilitySource: 'volume', riskScore: 13, rating: 'LOW', rank: 1 });
  });

  test('a band score below the scale (0 on 1-18) is the same error; a typed Probability on the row is used instead', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, probabilityBands: [{ minVolume: 0, score: 0 }, { minVolume: 10, score: 3 }] };
    const { rows, findings } = calculate(riskGrid([
      ['Modern slavery', 4, null, 15, 14, 13, MAIN],
      ['Fraud', 4, 6, 15, 14, 13, MAIN],
    ]), settings);
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['R007', 'B3', 'error']]);
    expect(findings[0].message).toContain('gives probability 0 by the "Probability bands" setting, outside the probability scale 1-18');
    expect(rows[0].notScored).toBe(true);
    expect(rows[1]).toMatchObject({ probability: 6, probabilitySource: 'typed', riskScore: 84 });
  });
});

describe('readRiskRow: R006 (volume below every band) wording', () => {
  const bands = { ...DEFAULT_RISK_SETTINGS, probabilityBands: [{ minVolume: 10, score: 3 }, { minVolume: 50, score: 6 }] };

  test('a row with no error shows NO DATA, and the warning says so', () => {
    const { rows, findings } = calculate(riskGrid([['Category A', 3, null, 5, 5, 5, MAIN]]), bands);
    expect(rows[0].rating).toBe('NO DATA');
    expect(findings).toEqual([expect.objectContaining({ code: 'R006', cell: 'B3', severity: 'warning' })]);
    expect(findings[0].message).toBe('The volume 3 for Category A is below the lowest probability band, so no probability is derived and the row shows NO DATA.');
  });

  test('a row with an error (harm 19 on 1-18) is not scored, so the warning does not claim NO DATA', () => {
    const { rows, findings } = calculate(riskGrid([['Category A', 3, null, 19, 5, 5, MAIN]]), bands);
    expect(rows[0]).toMatchObject({ notScored: true, rating: undefined });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['R001', 'D3'], ['R006', 'B3']]);
    expect(findings[1].message).toBe(
      'The volume 3 for Category A is below the lowest probability band, so no probability is derived; the row is not scored anyway, because of the error on the same row.',
    );
    expect(findings[1].message).not.toContain('NO DATA');
  });

  test('a missing category (an error found after the volume is read) is counted too', () => {
    const { findings } = calculate(riskGrid([[null, 3, null, 5, 5, 5, MAIN]]), bands);
    expect(findings.map((f) => f.code)).toEqual(['R002', 'R006']);
    expect(findings[1].message).toContain('the row is not scored anyway');
  });
});

describe('readRiskRow: a bad Volume beside a typed Probability', () => {
  test('is a warning on the Volume cell and the row is scored from the typed Probability', () => {
    const { rows, findings } = calculate(riskGrid(
      [
        ['A', -5, 12, 10, 10, 10],
        ['C', 'about 500', 12, 10, 10, 10],
        ['D', { error: '#N/A' }, 12, 10, 10, 10],
      ],
      ['Category', 'Volume', 'Probability', 'Harm (Police)', 'Harm (County Council)', 'Harm (Fire)'],
    ));
    // 12 × mean(10, 10, 10) = 120: MEDIUM (above 108); all three tie at rank 1.
    for (const row of rows) expect(row).toMatchObject({ notScored: false, volume: undefined, probability: 12, probabilitySource: 'typed', riskScore: 120, rating: 'MEDIUM', rank: 1 });
    expect(rows[0].reason).toBe('Probability 12 (typed) × harm score 10 (mean of 3 partner scores, all 10) = 120: MEDIUM (above 108, up to and including 216).');
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['R008', 'B3', 'warning'],
      ['R008', 'B4', 'warning'],
      ['R008', 'B5', 'warning'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'The Volume "-5" for A is negative; it is not used, because a Probability is typed.',
      'The Volume "about 500" for C is not a number; it is not used, because a Probability is typed.',
      'The Volume "#N/A" for D is an Excel error; it is not used, because a Probability is typed.',
    ]);
    expect(findings[0]).toMatchObject({ raw: '-5', parsed: '-5', expected: '0 or more' });
    expect(findings[1]).toMatchObject({ raw: 'about 500', expected: 'a number' });
  });

  test('without a typed Probability the bad Volume is still an error that blocks the row', () => {
    const { rows, findings } = calculate(riskGrid([['A', -5, null, 10, 10, 10, MAIN], ['C', 'about 500', '-', 10, 10, 10, MAIN]]));
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['V004', 'B3', 'error'], ['V001', 'B4', 'error']]);
    expect(rows.every((r) => r.notScored)).toBe(true);
  });

  test('a typed Probability that is itself wrong is the error; the unused Volume stays a warning', () => {
    const { rows, findings } = calculate(riskGrid([['A', 'about 500', 19, 10, 10, 10, MAIN]]));
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['R001', 'C3', 'error'], ['R008', 'B3', 'warning']]);
    expect(rows[0].notScored).toBe(true);
  });
});
