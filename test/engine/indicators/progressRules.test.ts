import { calculateWorkbook, type CellValue } from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER = ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Target', 'Range low', 'Range high', 'Tolerance'];

function one(row: CellValue[], settings: CellValue[][] = []) {
  const sheets = [gridOf('Indicators', [HEADER, ['O', 'I', ...row]])];
  if (settings.length) sheets.push(gridOf('Settings', [['Setting', 'Value'], ...settings]));
  const result = calculateWorkbook(sheets);
  return { ...result.indicators[0], findings: result.findings };
}

describe('Progress RAG with a target (contract §8a)', () => {
  it('low is good: met → G; missed by ≤ 5% → A; missed by more → R', () => {
    expect(one(['Low is good', 50, 48, 50]).rag).toBe('G');
    const amber = one(['Low is good', 50, 52, 50]); // 4% over target
    expect(amber.rag).toBe('A');
    expect(amber.reason).toContain('Target 50 missed by 4%, within the ±5% tolerance: Amber.');
    expect(one(['Low is good', 50, 56, 50]).rag).toBe('R'); // 12% over
  });

  it('high is good, with a percentage target', () => {
    const met = one(['High is good', '80%', '85%', '80%']);
    expect(met.rag).toBe('G');
    expect(met.reason).toContain('Target 80% met: Green.');
    expect(one(['High is good', '80%', '77%', '80%']).rag).toBe('A'); // 3.75% short
  });

  it('a target from Settings, and a filled Target cell wins over it', () => {
    expect(one(['Low is good', 50, 52, null], [['Target: I', '40']]).rag).toBe('R');
    expect(one(['Low is good', 50, 52, 55], [['Target: I', '40']]).rag).toBe('G');
  });
});

describe('In range', () => {
  it('inside → G; just outside (within tolerance of the bound) → A; beyond → R', () => {
    expect(one(['In range', '30%', '39%', null, '28%', '40%']).rag).toBe('G');
    const amber = one(['In range', '30%', '41%', null, '28%', '40%']); // 41% ≤ 40% × 1.05 = 42%
    expect(amber.rag).toBe('A');
    expect(amber.direction).toBe('↓'); // away from the middle (34%)
    expect(one(['In range', '30%', '45%', null, '28%', '40%']).rag).toBe('R');
  });

  it('as far from the middle as before (34% is the middle of 28%-40%): → and stable, however the doubles round', () => {
    // 30% → 38% and 25% → 43% are 4 and 9 points from 34% on both sides; in doubles the distances differ in the last bit.
    for (const [previous, current] of [['30%', '38%'], ['25%', '43%'], [30, 38]] as const) {
      const row = one(['In range', previous, current, null, typeof previous === 'number' ? 28 : '28%', typeof previous === 'number' ? 40 : '40%']);
      expect({ previous, direction: row.direction }).toEqual({ previous, direction: '→' });
      expect(row.reason).toContain('but no nearer to or further from the middle of the range, so stable.');
    }
  });

  it('a range low above the range high is an error on the row', () => {
    const bad = one(['In range', '30%', '39%', null, '40%', '28%']);
    expect(bad.findings.map((f) => [f.code, f.cell])).toEqual([['V019', 'G2']]);
    expect(bad.rag).toBeUndefined();
  });

  it('without a range: no arrow beyond the band and no colour', () => {
    const row = one(['In range', 10, 12]);
    expect([row.direction, row.rag]).toEqual([undefined, undefined]);
    expect(row.reason).toContain('no range is given');
  });
});

describe('direction-based RAG and tolerance', () => {
  it('exactly at the ±5% band is stable; exactly at the 15% red threshold is Amber', () => {
    expect(one(['Low is good', 100, 105])).toMatchObject({ direction: '→', rag: 'A' });
    expect(one(['Low is good', 100, 115])).toMatchObject({ direction: '↓', rag: 'A' });
    expect(one(['Low is good', 100, 115.1])).toMatchObject({ direction: '↓', rag: 'R' });
  });

  it('a row Tolerance cell overrides the Stable tolerance setting', () => {
    expect(one(['Low is good', 100, 108, null, null, null, '10%'])).toMatchObject({ direction: '→', rag: 'A' });
    expect(one(['Low is good', 100, 108], [['Stable tolerance', '10%']])).toMatchObject({ direction: '→' });
  });

  it('No judgement: → within the band, otherwise no arrow; never a colour', () => {
    expect(one(['No judgement', 100, 103])).toMatchObject({ direction: '→' });
    const moved = one(['No judgement', 100, 120]);
    expect([moved.direction, moved.rag]).toEqual([undefined, undefined]);
    expect(moved.reason).toBe('Figure rose 20% (100 → 120), beyond the ±5% stable band; no judgement is made for this indicator, so no arrow. No colour: no judgement is made.');
  });

  it('from a previous figure of zero: no Change %, but still judged', () => {
    const row = one(['Low is good', 0, 4]);
    expect(row.changePercent).toBeUndefined();
    expect(row).toMatchObject({ direction: '↓', rag: 'R' });
    expect(row.reason).toMatch(/^Figure rose from 0 \(0 → 4\)/);
  });

  it('Direction method = significance without counts falls back to the tolerance method and says so', () => {
    const row = one(['Low is good', 100, 120], [['Direction method', 'significance']]);
    expect(row.direction).toBe('↓');
    expect(row.reason).toMatch(/The significance method needs counts on both sides.*the stable band was used\./);
  });
});
