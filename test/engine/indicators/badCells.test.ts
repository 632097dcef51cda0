import { calculateWorkbook } from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER = ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value', 'Previous count', 'Previous population', 'Current count', 'Current population'];

/** Issue 2 acceptance: each bad cell gives a finding at its address, and the other rows still calculate. */
describe('bad cells', () => {
  const grid = gridOf('Indicators', [
    HEADER,
    ['Crime', 'Total Crime rate (per 1,000 population)', 'Low is good', null, null, 32287, 683900, 35580, 689400],
    [null, 'Domestic Burglary rate (per 1,000 population)', 'Low is good', null, null, 'about 2,400', 683900, 2696, 689400],
    [null, 'Vehicle Crime rate (per 1,000 population)', 'Low is good', 7.07, { error: '#N/A' }, null, null, null, null],
    [null, 'Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61, null, null, null, null],
    [null, 'Violence with Injury rate (per 1,000 population)', 'Low is good', null, null, 2018, 683900, 2709, null],
    [null, 'Reported hate incidents (per 1,000 population)', 'High is good', 0.58, 0.66, null, null, null, null],
  ]);
  const result = calculateWorkbook([grid]);
  const at = (cell: string) => result.findings.filter((f) => f.cell === cell);

  it('text in a count cell: V001 at F3, with the raw text', () => {
    expect(at('F3')).toEqual([expect.objectContaining({ code: 'V001', severity: 'error', raw: 'about 2,400' })]);
    expect(at('F3')[0].message).toBe('The previous count "about 2,400" is not a number.');
  });

  it('#N/A in a value cell: V002 at E4', () => {
    expect(at('E4')).toEqual([expect.objectContaining({ code: 'V002', severity: 'error', raw: '#N/A' })]);
  });

  it('a duplicated indicator: V006 on the second one (B5), naming the first (B2)', () => {
    expect(at('B5')).toEqual([expect.objectContaining({ code: 'V006', severity: 'error' })]);
    expect(at('B5')[0].message).toContain('B2');
  });

  it('a missing population: V005 at I6, the empty population cell', () => {
    expect(at('I6')).toEqual([expect.objectContaining({ code: 'V005', severity: 'error' })]);
    expect(at('I6')[0].message).toContain('missing');
  });

  it('exactly those four errors, and the rows without errors still calculate', () => {
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.cell).sort()).toEqual(['B5', 'E4', 'F3', 'I6']);
    const byRow = new Map(result.indicators.map((i) => [i.row, i]));
    expect(byRow.get(1)).toMatchObject({ direction: '↓', rag: 'A' }); // total crime from counts, +9.32%
    expect(byRow.get(6)).toMatchObject({ direction: '↑', rag: 'G' }); // hate incidents +13.8%, high is good
    for (const row of [2, 3, 4, 5]) {
      expect(byRow.get(row)?.direction).toBeUndefined();
      expect(byRow.get(row)?.rag).toBeUndefined();
      expect(byRow.get(row)?.reason).toMatch(/^Not calculated: see the error at [A-Z]+[0-9]+\.$/);
    }
  });

  it('a negative count and a zero population are errors on their cells', () => {
    const bad = calculateWorkbook([
      gridOf('Indicators', [
        HEADER,
        ['Crime', 'A', 'Low is good', null, null, -5, 1000, 6, 1000],
        [null, 'B', 'Low is good', null, null, 5, 0, 6, 1000],
      ]),
    ]);
    expect(bad.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.code])).toEqual([['F2', 'V004'], ['G3', 'V005']]);
  });

  it('an unknown polarity is an error on its cell; a missing one is a warning and No judgement', () => {
    const r = calculateWorkbook([
      gridOf('Indicators', [
        HEADER,
        ['Crime', 'A', 'Lower please', 1, 2, null, null, null, null],
        [null, 'B', null, 1, 2, null, null, null, null],
        [null, 'C', null, 1, 1.01, null, null, null, null],
      ]),
    ]);
    expect(r.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['C2', 'V008', 'error'],
      ['B3', 'V010', 'warning'],
      ['E3', 'V020', 'warning'], // +100%, beyond the ±50% sanity bound
      ['B4', 'V010', 'warning'],
    ]);
    expect(r.indicators[1]).toMatchObject({ changePercent: 1, polarity: '' });
    expect(r.indicators[1].direction).toBeUndefined();
    expect(r.indicators[1].rag).toBeUndefined();
    expect(r.indicators[1].reason).toBe('Figure rose 100% (1 → 2), beyond the ±5% stable band; no polarity is given, so no arrow. No colour without a polarity.');
    expect(r.indicators[2]).toMatchObject({ direction: '→' });
    expect(r.indicators[2].rag).toBeUndefined();
  });

  it('no data on either side: no change, arrow or RAG, and no finding', () => {
    const r = calculateWorkbook([
      gridOf('Indicators', [HEADER, ['Crime', 'A', 'Low is good', '-', 5, null, null, null, null], [null, 'B', 'Low is good', 'n/a', null, null, null, null, null]]),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.indicators.map((i) => [i.changePercent, i.direction, i.rag, i.reason])).toEqual([
      [undefined, undefined, undefined, 'No comparison: there is no previous figure.'],
      [undefined, undefined, undefined, 'No comparison: there is no previous or current figure.'],
    ]);
  });
});
