import { CellValue, KeyEntry, buildDashboardSheet, buildReportModel } from '../../../src/engine';
import { KEY_ROWS, keyWorkbook } from './keyWorkbook';

const SIGNIFICANCE_WORST: CellValue[][] = [
  ['Direction method', 'significance'],
  ['Overall RAG method', 'worst'],
];

function meaning(key: ReadonlyArray<KeyEntry>, symbol: string): string {
  const entry = key.find((k) => k.symbol === symbol);
  if (!entry) throw new Error(`no key entry ${symbol}`);
  return entry.meaning;
}

/** Rows blocked by an error: Theft listed twice (V006 on the second), Robbery's current value "abc" (V001). */
const BLOCKED_ROWS: CellValue[][] = [
  ...KEY_ROWS,
  ['Crime', 'Theft', 'Low is good', 'Rate per 100,000', 5, 100, 6, 100],
  ['Crime', 'Robbery', 'Low is good', 'Rate per 1,000', null, null, null, null, '12.5', 'abc'],
];

describe('the board key follows the settings the calculation used (issue 7)', () => {
  test('Direction method significance: the key describes significance, as the arrows beside it do', () => {
    const result = keyWorkbook(SIGNIFICANCE_WORST);
    // The arrows the key must explain (see keyWorkbook): Burglary +12% →, Theft +4% ↓.
    expect(result.indicators.map((i) => [i.indicator, i.direction, i.rag])).toEqual([
      ['Burglary', '→', 'A'],
      ['Theft', '↓', 'A'],
    ]);
    const { key } = buildReportModel(result);
    expect(key.map((k) => k.symbol)).toEqual(['↑', '→', '↓', 'G', 'A', 'R', 'Overall', '‡']);
    expect(meaning(key, '↑')).toBe(
      'Improving: a statistically significant change in the good direction, at the 95% confidence level (for crime rates, the rate fell). Figures without counts to test: better by more than 5%.',
    );
    expect(meaning(key, '→')).toBe(
      'Stable: no statistically significant change, at the 95% confidence level (within what chance alone would give). Figures without counts to test: a change within ±5%.',
    );
    expect(meaning(key, '↓')).toBe(
      'Deteriorating: a statistically significant change in the bad direction, at the 95% confidence level (for crime rates, the rate rose). Figures without counts to test: worse by more than 5%.',
    );
    expect(key.map((k) => k.meaning).join(' ')).not.toContain('Stable: the change was within');
  });

  test('Overall RAG method worst: the key names the worst colour, not the average', () => {
    const overall = meaning(buildReportModel(keyWorkbook(SIGNIFICANCE_WORST)).key, 'Overall');
    expect(overall).toBe("Overall Progress RAG: the outcome's indicator colours combined (the worst colour among them); indicators without a colour are left out.");
    expect(overall).not.toContain('averaged');
  });

  test('Overall RAG method majority: the most common colour, ties to the worse (as overallRag)', () => {
    const overall = meaning(buildReportModel(keyWorkbook([['Overall RAG method', 'majority']])).key, 'Overall');
    expect(overall).toBe(
      "Overall Progress RAG: the outcome's indicator colours combined (the most common colour among them; a tie goes to the worse of the tied colours); indicators without a colour are left out.",
    );
  });

  test('the defaults: the stable band, the 15% red threshold and the mean roll-up', () => {
    const result = keyWorkbook([]);
    expect(result.indicators.map((i) => i.direction)).toEqual(['↓', '→']); // +12% beyond ±5%; +4% within
    const { key } = buildReportModel(result);
    expect(meaning(key, '→')).toBe('Stable: the change was within ±5%.');
    expect(meaning(key, '↓')).toBe('Deteriorating: performance got worse by more than 5% (for crime rates, the rate rose).');
    expect(meaning(key, 'R')).toBe('Red: deteriorating (↓) by more than 15%, a target missed by more than 5%, or well outside the expected range.');
    expect(meaning(key, 'Overall')).toBe(
      "Overall Progress RAG: the outcome's indicator colours combined (G = 3, A = 2, R = 1, averaged and rounded half up); indicators without a colour are left out.",
    );
  });

  test('the band, red threshold and confidence level are the Settings sheet’s, not constants', () => {
    const result = keyWorkbook([
      ['Direction method', 'significance'],
      ['Confidence level', '99.8%'],
      ['Stable tolerance', '10%'],
      ['Red threshold', '20%'],
    ]);
    const { key } = buildReportModel(result);
    expect(meaning(key, '→')).toContain('at the 99.8% confidence level');
    expect(meaning(key, '→')).toContain('a change within ±10%');
    expect(meaning(key, 'A')).toBe('Amber: stable (→), or deteriorating (↓) by no more than 20%; a target missed by no more than 10%; or just outside the expected range.');
    expect(meaning(key, 'R')).toContain('by more than 20%, a target missed by more than 10%');
  });

  test('the Dashboard sheet carries the same key', () => {
    const sheet = buildDashboardSheet(keyWorkbook(SIGNIFICANCE_WORST));
    const column0 = sheet.rows.map((r) => r[0].value);
    const at = (symbol: string) => sheet.rows[column0.indexOf('Key') + 1 + ['↑', '→', '↓', 'G', 'A', 'R', 'Overall', '‡'].indexOf(symbol)];
    expect(at('→')[0].value).toBe('→');
    expect(at('→')[1].value).toMatch(/^Stable: no statistically significant change, at the 95% confidence level/);
    expect(at('↓')[1].value).toMatch(/^Deteriorating: a statistically significant change in the bad direction/);
    expect(at('Overall')[1].value).toContain('(the worst colour among them)');
  });
});

describe('rows blocked by a data error are marked on the board table (issue 7)', () => {
  const result = keyWorkbook([], BLOCKED_ROWS);
  const model = buildReportModel(result);
  const DIRECTION = 5;
  const PROGRESS = 6;

  test('the engine marks exactly the rows an error blocked', () => {
    expect(result.indicators.map((i) => i.blocked === true)).toEqual([false, false, true, true]);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell])).toEqual([
      ['V006', 'B4'],
      ['V001', 'J5'],
    ]);
  });

  test('a blocked row keeps its figures and says "§ Not calculated" in words, with no colour', () => {
    const theft = model.rows[2].cells;
    expect(theft[2].text).toBe('Theft');
    expect(theft[3].text).toBe('5000.00');
    expect(theft[DIRECTION]).toMatchObject({ text: '§ Not calculated', italic: true });
    expect(theft[PROGRESS].text).toBe('');
    expect(theft[PROGRESS].rag).toBeUndefined();
    expect(model.rows[3].cells[DIRECTION].text).toBe('§ Not calculated');
    expect(model.rows[3].cells[4].text).toBe('abc');
    // Unblocked rows are unchanged.
    expect(model.rows[0].cells[DIRECTION].text).toBe('↓');
  });

  test('each blocked row gets a § footnote, and the key explains §', () => {
    const note = 'Not calculated: the figures have a data error to correct (see the Validation findings).';
    expect(model.footnotes).toEqual([`§ Theft: ${note}`, `§ Robbery: ${note}`]);
    expect(model.key.map((k) => k.symbol)).toEqual(['↑', '→', '↓', 'G', 'A', 'R', 'Overall', '‡', '§']);
    expect(meaning(model.key, '§')).toBe('Not calculated: the figures have a data error to correct (see the Validation findings), so no arrow or colour is given.');
  });

  test('without a blocked row the key has no § entry', () => {
    expect(buildReportModel(keyWorkbook([])).key.some((k) => k.symbol === '§')).toBe(false);
  });

  test('the Dashboard sheet marks the blocked rows, footnotes them and keys the mark', () => {
    const sheet = buildDashboardSheet(result);
    const FIRST = 3;
    expect(sheet.rows[FIRST + 2][2].value).toBe('Theft');
    expect(sheet.rows[FIRST + 2][DIRECTION]).toMatchObject({ value: '§ Not calculated', italic: true });
    expect(sheet.rows[FIRST + 2][PROGRESS].fill).toBeUndefined();
    expect(sheet.rows[FIRST + 3][DIRECTION].value).toBe('§ Not calculated');
    const column0 = sheet.rows.map((r) => r[0].value);
    expect(column0).toContain('§ Theft: Not calculated: the figures have a data error to correct (see the Validation findings).');
    const keyRow = sheet.rows.find((r) => r[0].value === '§' && r[0].bold);
    expect(keyRow?.[1].value).toMatch(/^Not calculated: the figures have a data error/);
  });
});
