import { locateRiskTable } from '../../../src/engine';
import { HEADERS, calculate, riskGrid } from './riskGrid';

const MAIN = '2016/17';

describe('a harm column is one whose header starts with the word Harm', () => {
  test('"Harm (Police)", "Harm - Council", "Harm score (Police)" and "HARM" are harm inputs; "Harmful drinking notes" and "Harmony" are not', () => {
    const headers = ['Category', 'Probability', 'Harm (Police)', 'Harm - Council', 'Harm score (Police)', 'HARM', 'Harmful drinking notes', 'Harmony group'];
    const located = locateRiskTable(riskGrid([], headers));
    expect(located?.harmColumns.map((c) => c.header)).toEqual(['Harm (Police)', 'Harm - Council', 'Harm score (Police)', 'HARM']);
  });

  test('a sheet whose only "harm" header is "Harmful drinking notes" is not a Risk Matrix', () => {
    expect(locateRiskTable(riskGrid([], ['Category', 'Probability', 'Harmful drinking notes']))).toBeUndefined();
  });

  test('a "Harmful drinking notes" column is not scored: no error on its notes, and no "blank, not counted" on rows without one', () => {
    const { rows, findings } = calculate(riskGrid(
      [
        ['Violence with injury', null, 12, 14, 15, 13, MAIN, 'Linked to night-time economy'],
        ['Robbery', null, 6, 14, 13, 12, MAIN, null],
      ],
      [...HEADERS, 'Harmful drinking notes'],
    ));
    expect(findings).toEqual([]);
    // Hand-checked: 12 × (14 + 15 + 13) / 3 = 12 × 14 = 168; 6 × (14 + 13 + 12) / 3 = 6 × 13 = 78.
    expect(rows.map((r) => [r.category, r.harms.length, r.harmScore, r.riskScore, r.rating, r.notScored])).toEqual([
      ['Violence with injury', 3, 14, 168, 'MEDIUM', false],
      ['Robbery', 3, 13, 78, 'LOW', false],
    ]);
    expect(rows[1].reason).toBe('Probability 6 (typed) × harm score 13 (mean of 3 partner scores, 12 to 14) = 78: LOW (up to and including 108).');
  });

  test('"Harm reduction lead" holding only names is left out with one warning R011 on its header, not an error per row', () => {
    const { rows, findings } = calculate(riskGrid(
      [
        ['Domestic abuse', null, 15, 16, 16, 16, MAIN, 'J. Smith'],
        ['Hate crime', null, 9, 13, 12, 14, MAIN, '-'],
        ['Robbery', null, 6, 14, 13, 12, MAIN, 'A. Patel'],
      ],
      [...HEADERS, 'Harm reduction lead'],
    ));
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.raw])).toEqual([['R011', 'warning', 'H2', 'Harm reduction lead']]);
    expect(findings[0].message).toBe(
      'The column "Harm reduction lead" starts with the word Harm but holds only text, no scores, so it is not read as a partner\'s harm scores and no row\'s harm score counts it.',
    );
    expect(findings[0].fix).toContain('type them as numbers from 1-18');
    // Hand-checked: 15 × 16 = 240 HIGH; 9 × 13 = 117 MEDIUM; 6 × 13 = 78 LOW; every row scored on the three partners.
    expect(rows.map((r) => [r.category, r.harms.length, r.riskScore, r.rating, r.rank])).toEqual([
      ['Domestic abuse', 3, 240, 'HIGH', 1],
      ['Hate crime', 3, 117, 'MEDIUM', 2],
      ['Robbery', 3, 78, 'LOW', 3],
    ]);
    expect(rows[1].reason).not.toContain('blank');
  });

  test('a Harm column with one score among its words stays a harm column: its words are errors on their rows', () => {
    const { rows, findings } = calculate(riskGrid(
      [
        ['Domestic abuse', null, 15, 16, 16, 16, MAIN, 'high'],
        ['Robbery', null, 6, 14, 13, 12, MAIN, 11],
      ],
      [...HEADERS, 'Harm (Probation)'],
    ));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['V001', 'H3']]);
    expect(rows.map((r) => [r.notScored, r.harmScore])).toEqual([[true, undefined], [false, 12.5]]); // (14 + 13 + 12 + 11) / 4
  });

  test('when every harm column holds only words they are kept, so each row says what is wrong with its cell', () => {
    const { findings } = calculate(riskGrid([['Robbery', null, 6, 'high']], ['Category', 'Volume', 'Probability', 'Harm (Police)']));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['V001', 'D3']]);
  });
});
