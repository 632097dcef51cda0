import { calculateWorkbook, overallRag } from '../../../src/engine';
import { gridOf, seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';

describe('overallRag', () => {
  it('gives nothing when no indicator has a RAG, and skips rows without one', () => {
    expect(overallRag([], 'mean')).toBeUndefined();
    expect(overallRag([undefined, undefined], 'worst')).toBeUndefined();
    expect(overallRag([undefined, 'R'], 'mean')).toBe('R');
  });

  it('mean: G = 3, A = 2, R = 1, rounded half up', () => {
    expect(overallRag(['G', 'A'], 'mean')).toBe('G'); // 2.5 → 3
    expect(overallRag(['A', 'R'], 'mean')).toBe('A'); // 1.5 → 2
    expect(overallRag(['A', 'A', 'A', 'R'], 'mean')).toBe('A'); // 1.75 → 2 (seed: ongoing reductions in crime)
    expect(overallRag(['G', 'R', 'R'], 'mean')).toBe('A'); // (3 + 1 + 1) / 3 = 1.67 → 2
    expect(overallRag(['A', 'R', 'R', 'R'], 'mean')).toBe('R'); // 1.25 → 1
  });

  it('worst: the worst RAG', () => {
    expect(overallRag(['G', 'G', 'A'], 'worst')).toBe('A');
    expect(overallRag(['G', 'R', 'A'], 'worst')).toBe('R');
  });

  it('majority: the most frequent; a tie goes to the worse', () => {
    expect(overallRag(['G', 'G', 'R'], 'majority')).toBe('G');
    expect(overallRag(['G', 'A'], 'majority')).toBe('A');
    expect(overallRag(['G', 'G', 'R', 'R', 'A'], 'majority')).toBe('R');
  });
});

describe('Overall RAG method from Settings, on the seed', () => {
  const overall = (method: string) => {
    const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet([['Overall RAG method', method]])]);
    return new Map(result.outcomes.map((o) => [o.outcome, o.overallRag]));
  };
  it.each([
    // Crime: A, A, A, R. Offending: A (+ two not-like-for-like). ASB: A, A.
    ['mean', 'A', 'A'],
    ['worst', 'R', 'A'],
    ['majority', 'A', 'A'],
  ])('%s', (method, crime, asb) => {
    const rags = overall(method);
    expect(rags.get('Ongoing reductions in crime')).toBe(crime);
    expect(rags.get('Continue to reduce anti-social behaviour')).toBe(asb);
  });

  it('the overall RAG is written, filled, on every row of the outcome', () => {
    const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet([['Overall RAG method', 'worst']])]);
    const column = result.plan.columns.find((c) => c.header === 'Overall Progress RAG')!;
    expect(column.cells.slice(0, 4).map((c) => c?.value)).toEqual(['R', 'R', 'R', 'R']);
    expect(column.cells[0]).toMatchObject({ fill: '#C00000', fontColor: '#FFFFFF', bold: true });
  });

  it('rows of one outcome only: blank Overall when none of them could be scored', () => {
    const result = calculateWorkbook([gridOf('Indicators', [['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'], ['X', 'A', 'Low is good', '-', 3]])]);
    expect(result.outcomes).toEqual([{ outcome: 'X', indicatorCount: 1 }]);
  });
});
