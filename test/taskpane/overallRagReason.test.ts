import { overallRagReason } from '../../src/taskpane/state/overallRagReason';

const outcome = 'Ongoing reductions in crime';

describe('overallRagReason', () => {
  test('an indicator without an outcome is in no roll-up', () => {
    expect(overallRagReason({ outcome: '', overall: undefined, rags: ['A'], method: 'mean' })).toMatch(/^This indicator has no outcome/);
  });

  test('an outcome none of whose indicators has a RAG', () => {
    expect(overallRagReason({ outcome, overall: undefined, rags: [undefined, undefined], method: 'mean' })).toBe(
      'None of the outcome\'s 2 indicators has a Progress RAG, so the outcome has no Overall Progress RAG. The Overall RAG method setting is "mean".',
    );
  });

  test('mean: the scores, their mean and the rounding, worked out as the engine does (G, A, A, R → 2.00 → Amber)', () => {
    expect(overallRagReason({ outcome, overall: 'A', rags: ['G', 'A', 'A', 'R'], method: 'mean' })).toBe(
      "The mean of the outcome's 4 Progress RAGs (1 Green, 2 Amber, 1 Red), counting Green as 3, Amber as 2 and Red as 1, is 2.00, " +
        'which rounds half up to Amber. The Overall RAG method setting is "mean".',
    );
  });

  test('mean half way rounds up, and unrated indicators are said to be left out (G, A, – → 2.50 → Green)', () => {
    expect(overallRagReason({ outcome, overall: 'G', rags: ['G', 'A', undefined], method: 'mean' })).toBe(
      "The mean of the outcome's 2 Progress RAGs (1 Green, 1 Amber), counting Green as 3, Amber as 2 and Red as 1, is 2.50, " +
        'which rounds half up to Green. 1 indicator without a Progress RAG is left out. The Overall RAG method setting is "mean".',
    );
  });

  test('worst and majority', () => {
    expect(overallRagReason({ outcome, overall: 'R', rags: ['G', 'G', 'R'], method: 'worst' })).toBe(
      'The worst of the outcome\'s 3 Progress RAGs (2 Green, 1 Red) is Red. The Overall RAG method setting is "worst".',
    );
    expect(overallRagReason({ outcome, overall: 'A', rags: ['G', 'A', undefined, undefined], method: 'majority' })).toBe(
      "The most common of the outcome's 2 Progress RAGs (1 Green, 1 Amber) is Amber; a tie goes to the worse. " +
        '2 indicators without a Progress RAG are left out. The Overall RAG method setting is "majority".',
    );
  });
});

describe('overallRagReason without an Outcome column', () => {
  test('says to add the column, not to type into one that does not exist', () => {
    const text = overallRagReason({ outcome: '', overall: undefined, rags: ['A'], method: 'mean', hasOutcomeColumn: false });
    expect(text).toBe("This indicator has no outcome, so it is in no Overall Progress RAG. Add an Outcome column to the table and type each indicator's outcome in it.");
    expect(text).not.toContain('in the Outcome column');
  });

  test('with the column, says to type the outcome there', () => {
    expect(overallRagReason({ outcome: '', overall: undefined, rags: ['A'], method: 'mean', hasOutcomeColumn: true })).toMatch(/Type its outcome in the Outcome column\.$/);
  });
});
