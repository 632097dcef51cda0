import {
  calculateWorkbook, rankOutOfRangeFinding, samePeriodLabel, VALIDATION_SHEET_NAME, type CellValue, type Finding,
} from '../../../src/engine';
import { gridOf } from '../gridOf';

const HEADER = ['Outcome', 'Indicator', 'Measure', 'Polarity', 'Previous value', 'Current value', 'Previous count', 'Previous population', 'Current count', 'Current population', 'Range low', 'Range high'];
const RATE = 'Rate per 1,000';

/** One Indicators row under HEADER (row 2), with an outcome and a polarity so only the check under test speaks. */
function findingsFor(cells: CellValue[], settings: CellValue[][] = []): Finding[] {
  const sheets = [gridOf('Indicators', [HEADER, ['Ongoing reductions in crime', ...cells]])];
  if (settings.length > 0) sheets.push(gridOf('Settings', [['Setting', 'Value'], ...settings]));
  return [...calculateWorkbook(sheets).findings];
}
const codes = (findings: Finding[]) => findings.map((f) => `${f.code} ${f.cell}`);

describe('unit slips (V022)', () => {
  it('a rate 1,000 times its other period: per person against per 1,000 (seed total crime, 47.21 vs 0.05161)', () => {
    const [f] = findingsFor(['Total crime rate', RATE, 'Low is good', 47.21, 0.05161]);
    expect(f).toMatchObject({ code: 'V022', cell: 'F2', severity: 'error', raw: '0.05161' });
    expect(f.message).toBe('The current figure 0.05161 is about 1/1,000 of the previous figure 47.21; that is a unit slip (per person against per 1,000 people, or a population typed in thousands), not a real change, so the row is not scored.');
  });

  it('a population typed in thousands on one side points at that denominator (35,580 in 689.4 vs 32,287 in 683,900)', () => {
    const findings = findingsFor(['Total crime rate', RATE, 'Low is good', null, null, 32287, 683900, 35580, 689.4]);
    expect(codes(findings)).toEqual(['V022 J2']);
    expect(findings[0].message).toMatch(/^The current figure 51610 \(from 35580 in 689\.4\) is about 1,000 times the previous figure 47\.21 \(from 32287 in 683900\)/);
  });

  it('a rate 100 times off (per 1,000 against per 100,000) is a slip; a real 33% rise (violence with injury) is not', () => {
    expect(codes(findingsFor(['Violence with injury rate', RATE, 'Low is good', 2.95, 393]))).toEqual(['V022 F2']);
    expect(codes(findingsFor(['Violence with injury rate', RATE, 'Low is good', 2.95, 3.93]))).toEqual([]);
    // Thirty times is no power of ten: read as a (very large) real change, caught by the sanity bound instead.
    expect(codes(findingsFor(['Violence with injury rate', RATE, 'Low is good', 2.95, 88.5]))).toEqual(['V020 F2']);
  });

  it('a Percentage given 42.8 in one period and 0.428 in the other, either way round', () => {
    expect(codes(findingsFor(['% reduction in offending', 'Percentage', 'High is good', 0.41, 42.8]))).toEqual(['V022 F2']);
    expect(codes(findingsFor(['% reduction in offending', 'Percentage', 'High is good', 41, '42.8%']))).toEqual(['V022 E2']);
  });
});

describe('impossible values', () => {
  it('a percentage above 100%, typed or formatted (V021), but not a Ratio', () => {
    expect(codes(findingsFor(['% feeling safe', 'Percentage', 'High is good', '74.7%', 1.2]))).toEqual(['V021 F2']);
    expect(codes(findingsFor(['% increase in referrals', 'Ratio', 'High is good', 0.2, 1.5]))).toEqual(['V020 F2']);
  });

  it('a count above its base on a Percentage row (D007), at the count cell', () => {
    const [f] = findingsFor(['% of cases closed', 'Percentage', 'High is good', null, null, 40, 100, 101, 100]);
    expect(f).toMatchObject({ code: 'D007', cell: 'I2', raw: '101', parsed: '101%' });
  });

  it('negative counts and populations (V004), negative Count and Rate figures (V023); a negative % reduction is allowed', () => {
    expect(codes(findingsFor(['Burglary rate', RATE, 'Low is good', null, null, 2414, -683900, 2696, 689400]))).toEqual(['V004 H2']);
    expect(codes(findingsFor(['Burglary rate', RATE, 'Low is good', -3.53, 3.91]))).toEqual(['V023 E2']);
    expect(codes(findingsFor(['% reduction in offending', 'Percentage', 'High is good', -0.04, -0.05]))).toEqual([]);
  });

  it('a zero or missing denominator for a rate (V005)', () => {
    expect(codes(findingsFor(['Burglary rate', RATE, 'Low is good', null, null, 2414, 0, 2696, 689400]))).toEqual(['V005 H2']);
  });

  it('a k/n rank with k above n, or zero (V024); words and proper ranks pass', () => {
    const at = { sheet: 'Indicators', cell: 'I5' };
    expect(rankOutOfRangeFinding(at, '10/9')).toMatchObject({ code: 'V024', cell: 'I5', parsed: 'rank 10 of 9', expected: 'k/n with k from 1 to 9' });
    expect(rankOutOfRangeFinding(at, ' 0 / 9 ')?.code).toBe('V024');
    for (const ok of ['4/9', '9/9', 'Top', '-', '', '4 of 9']) expect(rankOutOfRangeFinding(at, ok)).toBeUndefined();
  });
});

describe('small numbers (V026) follow the Settings threshold', () => {
  const row = ['Hate crime rate', RATE, 'High is good', null, null, 9, 683900, 10, 689400];
  it('warns on a count below the default threshold of 10, not on one at it', () => {
    expect(codes(findingsFor(row))).toEqual(['V026 G2']);
  });
  it('warns on neither when the threshold is 5, on both when it is 20', () => {
    expect(codes(findingsFor(row, [['Small number threshold', 5]]))).toEqual([]);
    expect(codes(findingsFor(row, [['Small number threshold', 20]]))).toEqual(['V026 G2', 'V026 I2']);
  });
  it('on a Count indicator the figure itself is the count', () => {
    expect(codes(findingsFor(['Hate incidents', 'Count', 'High is good', 7, 8]))).toEqual(['V026 E2', 'V026 F2']);
  });
});

describe('plausibility: the sanity bound (V020)', () => {
  it('defaults to ±50% and follows the Settings "Sanity bound"', () => {
    expect(codes(findingsFor(['Vehicle crime rate', RATE, 'Low is good', 7.07, 10.7]))).toEqual(['V020 F2']);
    expect(codes(findingsFor(['Vehicle crime rate', RATE, 'Low is good', 7.07, 10.7], [['Sanity bound', '60%']]))).toEqual([]);
  });

  it('on a figure worked out from counts (its value cell blank) it names the current count cell, not the empty value cell', () => {
    // 100 in 683,900 to 300 in 689,400: 0.15 to 0.44 per 1,000, +197.6%.
    expect(codes(findingsFor(['Violence jump', RATE, 'Low is good', null, null, 100, 683900, 300, 689400]))).toEqual(['V020 I2']);
  });
});

describe('structure', () => {
  it('a period cell that contradicts its header (V025), spelt differently but the same period passes', () => {
    const header = ['Outcome', 'Indicator', 'Polarity', 'Current period', 'Previous Year (2015-16)', 'Current Year (2016-17)'];
    const sheet = (period: string) => gridOf('Indicators', [header, ['Crime', 'Burglary rate', 'Low is good', period, 3.53, 3.71]]);
    expect(codes([...calculateWorkbook([sheet('2015-16')]).findings])).toEqual(['V025 D2']);
    expect(codes([...calculateWorkbook([sheet('2016/2017')]).findings])).toEqual([]);
    // The same twelve months written as a month span or as dates (contract §7's own forms).
    for (const period of ['Apr 2016 - Mar 2017', 'Apr16-Mar17', '01/04/2016 - 31/03/2017']) {
      expect({ period, codes: codes([...calculateWorkbook([sheet(period)]).findings]) }).toEqual({ period, codes: [] });
    }
    expect(codes([...calculateWorkbook([sheet('01/01/2016 - 31/12/2016')]).findings])).toEqual(['V025 D2']);
  });

  it('period labels compare by meaning of spelling, not by text', () => {
    expect(samePeriodLabel('Apr 2015 – Mar 2016', 'April2015-March2016')).toBe(true);
    expect(samePeriodLabel('2016/17', '2016-2017')).toBe(true);
    expect(samePeriodLabel('2015-16', '2016-17')).toBe(false);
  });

  it('an unreadable Range high is named at its own cell, not at Range low', () => {
    expect(codes(findingsFor(['MARAC repeats', 'Percentage', 'In range', '28%', '37%', null, null, null, null, '28%', '#REF!']))).toEqual(['V002 L2']);
  });

  it('an Excel error in an indicator name or outcome is an error at that cell', () => {
    const sheet = gridOf('Indicators', [HEADER, [{ error: '#N/A' }, { error: '#REF!' }, RATE, 'Low is good', 3.53, 3.91]]);
    expect(codes([...calculateWorkbook([sheet]).findings]).sort()).toEqual(['V002 A2', 'V002 B2']);
  });
});

describe('the Validation sheet (only on request)', () => {
  const sheets = [gridOf('Indicators', [HEADER, ['Crime', 'Burglary rate', RATE, 'Low is good', 3.53, '=SUM(A1)'], ['Crime', 'Vehicle rate', RATE, 'Sideways', 7.07, 7.29]]),
    gridOf('Indicators (old)', [['Title']])];

  it('is not written unless asked for', () => {
    expect(calculateWorkbook(sheets).plan.ownedSheets.map((s) => s.name)).not.toContain(VALIDATION_SHEET_NAME);
  });

  it('lists each finding with its evidence, grouped by sheet and ordered by cell, each cell linked', () => {
    const owned = calculateWorkbook(sheets, { writeValidationSheet: true }).plan.ownedSheets.find((s) => s.name === VALIDATION_SHEET_NAME)!;
    expect(owned.rows[1].map((c) => c.value)).toEqual(['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix', 'Cell content', 'Read as', 'Expected']);
    const rows = owned.rows.slice(2);
    // The missing-header finding is raised while recognising sheets, before any row is read.
    expect(rows.map((r) => [r[0].value, r[1].value, r[1].hyperlink, r[3].value, r[6].value])).toEqual([
      ['Indicators (old)', 'A1', "'Indicators (old)'!A1", 'V015', ''],
      ['Indicators', 'F2', 'Indicators!F2', 'V001', '=SUM(A1)'],
      ['Indicators', 'D3', 'Indicators!D3', 'V008', 'Sideways'],
    ]);
    expect(rows[1][2]).toEqual({ value: 'error', fill: '#FFC7CE' });
    expect(rows[1][8].value).toBe('a number, or "-" for no data');
  });

  it('says "No findings." on a clean workbook', () => {
    const clean = calculateWorkbook([gridOf('Indicators', [HEADER, ['Crime', 'Burglary rate', RATE, 'Low is good', 3.53, 3.91]])], { writeValidationSheet: true });
    expect(clean.plan.ownedSheets.find((s) => s.name === VALIDATION_SHEET_NAME)!.rows[2]).toEqual([{ value: 'No findings.', italic: true }]);
  });
});
