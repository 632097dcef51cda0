import { DEFAULT_RISK_SETTINGS, riskBandsFromUpperBounds } from '../../../src/engine';
import { applyColumns, calculate, column, riskGrid } from './riskGrid';

const MAIN = '2016/17';

describe('calculateRiskSheet: errors', () => {
  test('a harm score of 19 on a 1-18 scale is an error on that cell and the row is not scored', () => {
    const grid = riskGrid([
      ['Domestic abuse', 9812, 15, 16, 19, 15, MAIN],
      ['Robbery', 231, 6, 14, 13, 12, MAIN],
    ]);
    const { rows, findings, columns } = calculate(grid);
    const error = findings.find((f) => f.severity === 'error');
    expect(error).toMatchObject({ code: 'R001', sheet: 'Risk Matrix', cell: 'E3', raw: '19', expected: 'a score from 1-18' });
    expect(error?.message).toBe('The Harm (County Council) score for Domestic abuse is 19, outside the harm scale 1-18, so the row is not scored.');
    expect(rows[0].notScored).toBe(true);
    expect([rows[0].rank, rows[0].rating, rows[0].riskScore, rows[0].harmScore]).toEqual([undefined, undefined, undefined, undefined]);
    expect(rows[0].reason).toMatch(/^Not scored: E3 The Harm \(County Council\) score/);
    expect(column(columns, 'Risk rating').cells[0]).toEqual({ value: null });
    expect(column(columns, 'Harm score').cells[0]).toEqual({ value: null });
    // The other row is still scored and ranked alone.
    expect(rows[1]).toMatchObject({ riskScore: 78, rating: 'LOW', rank: 1 });
  });

  test('a probability outside its scale (0 on 1-18) is an error on the Probability cell', () => {
    const { findings, rows } = calculate(riskGrid([['Robbery', 231, 0, 14, 13, 12, MAIN]]));
    expect(findings).toEqual([expect.objectContaining({ code: 'R001', cell: 'C3', severity: 'error' })]);
    expect(findings[0].message).toContain('outside the probability scale 1-18');
    expect(rows[0].notScored).toBe(true);
  });

  test('unreadable cells are errors through the shared value reader, naming the cell', () => {
    const { findings, rows } = calculate(riskGrid([
      ['Hate crime', 455, 9, 'high', 12, 14, MAIN],
      ['Robbery', 231, 6, { error: '#N/A' }, 13, 12, MAIN],
      ['Burglary', -5, null, 10, 10, 10, MAIN],
    ]));
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['V001', 'D3', 'error'],
      ['V002', 'D4', 'error'],
      ['V004', 'B5', 'error'],
    ]);
    expect(findings[0].message).toBe('The Harm (Police) score for Hate crime "high" is not a number.');
    expect(rows.every((r) => r.notScored && r.rank === undefined)).toBe(true);
  });

  test('scores without a category are an error on the Category cell', () => {
    const { findings, rows } = calculate(riskGrid([
      [null, 231, 6, 14, 13, 12, MAIN],
      ['Robbery', 231, 6, 14, 13, 12, MAIN],
    ]));
    expect(findings).toEqual([expect.objectContaining({ code: 'R002', cell: 'A3', severity: 'error' })]);
    expect(rows[0].notScored).toBe(true);
    expect(rows[1].rank).toBe(1);
  });
});

describe('calculateRiskSheet: known values', () => {
  test('harm score is the mean of the filled harm cells; blank and "-" cells are not counted', () => {
    const { rows, columns } = calculate(riskGrid([['Road casualties', 1862, 12, 14, null, '-', MAIN]]));
    expect(rows[0]).toMatchObject({ harmScore: 14, riskScore: 168, rating: 'MEDIUM' });
    expect(rows[0].harms.map((h) => h.header)).toEqual(['Harm (Police)']);
    expect(rows[0].reason).toContain('Harm (County Council) and Harm (Fire) blank, not counted.');
    const partial = calculate(riskGrid([['Road casualties', 1862, 12, 15, null, 13, MAIN]]));
    expect(partial.rows[0]).toMatchObject({ harmScore: 14, riskScore: 168 }); // (15 + 13) / 2 = 14
    expect(column(columns, 'Harm score').cells[0]).toEqual({ value: 14, numberFormat: '0.0#' });
    expect(column(columns, 'Risk score').cells[0]).toEqual({ value: 168, numberFormat: '0.0' });
  });

  test('a row with no harm at all is NO DATA: grey, lettered, unranked, no error', () => {
    const { rows, findings, columns } = calculate(riskGrid([
      ['Modern slavery', 40, 3, null, null, null, MAIN],
      ['Robbery', 231, 6, 14, 13, 12, MAIN],
    ]));
    expect(findings).toEqual([]);
    expect(rows[0]).toMatchObject({ rating: 'NO DATA', notScored: false });
    expect([rows[0].rank, rows[0].riskScore, rows[0].harmScore]).toEqual([undefined, undefined, undefined]);
    expect(rows[0].reason).toBe('NO DATA: all 3 harm scores are blank.');
    expect(column(columns, 'Risk rating').cells[0]).toEqual({ value: 'NO DATA', fill: '#BFBFBF', fontColor: '#000000', bold: false, horizontalAlignment: 'center' });
    expect(column(columns, 'Risk rank').cells[0]).toEqual({ value: null });
    expect(rows[1].rank).toBe(1);
  });

  test('no probability and no volume is NO DATA, with the harm score still shown', () => {
    const { rows, columns } = calculate(riskGrid([['Modern slavery', '-', null, 15, 14, 13, MAIN]]));
    expect(rows[0]).toMatchObject({ rating: 'NO DATA', harmScore: 14, probabilitySource: 'none' });
    expect(rows[0].reason).toBe('NO DATA: no probability or volume. Harm score 14 (mean of 3 partner scores, 13 to 15).');
    expect(column(columns, 'Harm score').cells[0]).toEqual({ value: 14, numberFormat: '0.0#' });
  });

  test('a blank probability is derived from the volume by the probability bands, and the Reason says which', () => {
    // Vehicle crime 2016/17: 5,026 offences (the sample's Indicators count) → band 5,000-9,999 → 15.
    const { rows } = calculate(riskGrid([['Vehicle crime', 5026, null, 7, 6, 6.5, MAIN]]));
    expect(rows[0]).toMatchObject({ probability: 15, probabilitySource: 'volume', harmScore: 6.5, riskScore: 97.5, rating: 'LOW' });
    expect(rows[0].reason).toBe(
      'Probability 15 (from volume 5,026, band 5,000 to under 10,000) × harm score 6.5 (mean of 3 partner scores, 6 to 7) = 97.5: LOW (up to and including 108).',
    );
    const top = calculate(riskGrid([['ASB', 17460, null, 6, 6, 6, MAIN]]));
    expect(top.rows[0]).toMatchObject({ probability: 18, riskScore: 108, rating: 'LOW' });
    expect(top.rows[0].reason).toContain('band 10,000 or more');
  });

  test('a typed probability wins over the volume', () => {
    const { rows } = calculate(riskGrid([['Robbery', 231, 9, 14, 13, 12, MAIN]]));
    expect(rows[0]).toMatchObject({ probability: 9, probabilitySource: 'typed', riskScore: 117 });
  });

  test('a volume below every configured band gives NO DATA and a warning', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, probabilityBands: [{ minVolume: 10, score: 3 }] };
    const { rows, findings } = calculate(riskGrid([['Rare', 4, null, 14, 13, 12, MAIN]]), settings);
    expect(rows[0].rating).toBe('NO DATA');
    expect(findings).toEqual([expect.objectContaining({ code: 'R006', cell: 'B3', severity: 'warning' })]);
  });
});

describe('calculateRiskSheet: band boundaries (LOW ≤ 108 < MEDIUM ≤ 216 < HIGH)', () => {
  const cases: Array<[string, number, number, string]> = [
    ['exactly 108', 12, 9, 'LOW'], // 12 × 9 = 108
    ['108.01', 10.801, 10, 'MEDIUM'], // 10.801 × 10 = 108.01
    ['exactly 216', 12, 18, 'MEDIUM'], // 12 × 18 = 216
    ['217', 15.5, 14, 'HIGH'], // 15.5 × 14 = 217
  ];
  test.each(cases)('%s', (_, probability, harm, rating) => {
    const { rows } = calculate(riskGrid([['Category', null, probability, harm, null, null, MAIN]]));
    expect(rows[0].rating).toBe(rating);
  });

  test('216.01 is HIGH and the Reason does not round it onto the bound', () => {
    // 16.001 × 13.5 = 216.0135
    const { rows } = calculate(riskGrid([['Category', null, 16.001, 13.5, null, null, MAIN]]));
    expect(rows[0].riskScore).toBeCloseTo(216.0135, 10);
    expect(rows[0].rating).toBe('HIGH');
    expect(rows[0].reason).toContain('= 216.01: HIGH (above 216).');
    const justOver = calculate(riskGrid([['Category', null, 18, 12.0001, null, null, MAIN]]));
    expect(justOver.rows[0].rating).toBe('HIGH');
    expect(justOver.rows[0].reason).toContain('= 216.0018: HIGH');
  });

  test('a mean with float residue (11.9 and 12.1 → 12) times 9 is still exactly LOW at 108', () => {
    const { rows } = calculate(riskGrid([['Category', null, 9, 11.9, 12.1, null, MAIN]]));
    expect(rows[0].rating).toBe('LOW');
  });

  test('bands come from settings: upper bounds 100, 200 move 108 into MEDIUM', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, bands: riskBandsFromUpperBounds([100, 200]) };
    const { rows } = calculate(riskGrid([['Category', null, 12, 9, null, null, MAIN]]), settings);
    expect(rows[0].rating).toBe('MEDIUM');
  });

  test('rating cells are filled and lettered for each band', () => {
    const { columns } = calculate(riskGrid([
      ['Low', null, 12, 9, null, null, MAIN],
      ['Medium', null, 12, 18, null, null, MAIN],
      ['High', null, 15, 16, null, null, MAIN],
    ]));
    expect(column(columns, 'Risk rating').cells).toEqual([
      { value: 'LOW', fill: '#92D050', fontColor: '#000000', bold: true, horizontalAlignment: 'center' },
      { value: 'MEDIUM', fill: '#FFC000', fontColor: '#000000', bold: true, horizontalAlignment: 'center' },
      { value: 'HIGH', fill: '#C00000', fontColor: '#FFFFFF', bold: true, horizontalAlignment: 'center' },
    ]);
  });
});

describe('calculateRiskSheet: ranking', () => {
  test('rank 1 = highest; ties share the better rank (1, 2, 2, 4); NO DATA unranked', () => {
    const { rows, columns } = calculate(riskGrid([
      ['Burglary', null, 12, 10, null, null, MAIN], // 120
      ['Violence', null, 12, 14, null, null, MAIN], // 168
      ['Domestic abuse', null, 15, 16, null, null, MAIN], // 240
      ['No data', null, null, 10, null, null, MAIN],
      ['Road casualties', null, 14, 12, null, null, MAIN], // 168
    ]));
    expect(rows.map((r) => r.rank)).toEqual([4, 2, 1, undefined, 2]);
    expect(column(columns, 'Risk rank').cells.map((c) => c?.value)).toEqual([4, 2, 1, null, 2]);
  });

  test('scores equal up to float residue tie (15 × 25/3 and 125)', () => {
    const { rows } = calculate(riskGrid([
      ['A', null, 15, 1, 8, 16, MAIN], // 15 × 25/3 is 125.00000000000001 in doubles
      ['B', null, 10, 12, 13, null, MAIN], // 10 × 12.5 = 125 exactly
    ]));
    expect(rows[0].riskScore).not.toBe(rows[1].riskScore);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('calculateRiskSheet: warnings', () => {
  test("a row whose period differs from the sheet's main period is calculated and flagged", () => {
    const { rows, findings } = calculate(riskGrid([
      ['Domestic abuse', null, 15, 16, null, null, MAIN],
      ['Road casualties*', null, 12, 14, null, null, '01/07/2015 - 30/09/2016'],
      ['Robbery', null, 6, 13, null, null, '2016/17 '],
    ]));
    expect(rows.map((r) => r.periodDiffers)).toEqual([false, true, false]);
    expect(rows[1]).toMatchObject({ riskScore: 168, rating: 'MEDIUM', rank: 2 });
    expect(findings).toEqual([expect.objectContaining({ code: 'R003', severity: 'warning', cell: 'G4', raw: '01/07/2015 - 30/09/2016', expected: MAIN })]);
    expect(findings[0].message).toContain("Road casualties* covers 01/07/2015 - 30/09/2016, not the sheet's main period 2016/17");
    expect(rows[1].reason).toContain("Period 01/07/2015 - 30/09/2016 differs from the sheet's main period 2016/17.");
  });

  test('the main period spelled another way, or footnoted, is the same period: no warning', () => {
    const { rows, findings } = calculate(riskGrid([
      ['Domestic abuse', null, 15, 16, null, null, MAIN],
      ['Robbery', null, 6, 13, null, null, '2016-17'],
      ['Road casualties', null, 12, 14, null, null, '2016/17*'],
      ['Cyber crime', null, 9, 10, null, null, 'Apr 2016 - Mar 2017'],
    ]));
    expect(rows.map((r) => r.periodDiffers)).toEqual([false, false, false, false]);
    expect(findings.filter((f) => f.code === 'R003')).toEqual([]);
  });

  test('without a Period column, a period in the Volume note counts', () => {
    const headers = ['Category', 'Volume', 'Probability', 'Harm (Police)'];
    const grid = riskGrid([
      ['A', '500 (Apr2016-Mar2017)', 9, 10],
      ['B', '700 (Apr2016-Mar2017)', 9, 10],
      ['Cyber crime', '1,150 (Jan2016-Dec2016)', null, 9],
    ], headers);
    const { rows, findings } = calculate(grid);
    expect(rows[2]).toMatchObject({ period: 'Jan2016-Dec2016', periodDiffers: true, probability: 12 });
    expect(findings).toEqual([expect.objectContaining({ code: 'R003', cell: 'B5' })]);
  });

  test('harm disagreement uses the population standard deviation and names the lowest and highest scorers', () => {
    const headers = ['Category', 'Probability', 'Harm (Police)', 'Harm (County Council)', 'Harm (Fire)', 'Harm (Health)', 'Harm (Probation)', 'Harm (District CSP)'];
    // 14, 6, 5, 9, 12, 8: mean 9, squared deviations 60, population SD √10 = 3.162 (sample SD 3.464).
    // 3, 9: population SD exactly 3 (not above the threshold); the sample SD would be 4.24 and warn.
    const { rows, findings } = calculate(riskGrid([
      ['Cyber crime', 12, 14, 6, 5, 9, 12, 8],
      ['Pair', 12, 3, 9, null, null, null, null],
    ], headers));
    expect(rows[0].harmSpread).toBeCloseTo(Math.sqrt(10), 12);
    expect(rows[1].harmSpread).toBe(3);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'R004', severity: 'warning', cell: 'A3' });
    expect(findings[0].message).toBe(
      'Partners disagree on the harm of Cyber crime: their scores have a standard deviation of 3.16 (above 3). Lowest: Harm (Fire) at 5; highest: Harm (Police) at 14.',
    );
    expect(rows[0]).toMatchObject({ rating: 'LOW', riskScore: 108 }); // still calculated
  });

  test('a category listed twice is a warning; both rows are ranked', () => {
    const { rows, findings } = calculate(riskGrid([
      ['Robbery', null, 6, 13, null, null, MAIN],
      ['robbery', null, 6, 13, null, null, MAIN],
    ]));
    expect(findings).toEqual([expect.objectContaining({ code: 'R005', cell: 'A4', severity: 'warning' })]);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('calculateRiskSheet: header recognition and idempotence', () => {
  const headers = ['Category', 'Volume', 'Probability', 'Harm (Police)', 'Harm score', 'Harm (Fire)', 'Risk score', 'Risk rating', 'Risk rank', 'Reason'];
  const grid = riskGrid([
    ['Domestic abuse', 9812, 15, 16, null, 16, null, null, null, null],
    ['Vehicle crime', 5026, null, 7, 99, 6, 'old', null, null, null],
  ], headers);

  test('the output "Harm score" column is recognised as the output, not a partner', () => {
    const { rows, columns } = calculate(grid);
    expect(rows[0].harms.map((h) => h.header)).toEqual(['Harm (Police)', 'Harm (Fire)']);
    expect(rows[1]).toMatchObject({ harmScore: 6.5, riskScore: 97.5 }); // the 99 in Harm score is ignored
    expect(columns.map((c) => [c.header, c.column, c.writeHeader])).toEqual([
      ['Harm score', 4, false],
      ['Risk score', 6, false],
      ['Risk rating', 7, false],
      ['Risk rank', 8, false],
      ['Reason', 9, false],
    ]);
  });

  test('missing output columns are added to the right in canonical order', () => {
    const { columns } = calculate(riskGrid([['Robbery', 231, 6, 14, 13, 12, MAIN]]));
    expect(columns.map((c) => [c.header, c.column, c.writeHeader, c.headerRow, c.firstRow])).toEqual([
      ['Harm score', 7, true, 1, 2],
      ['Risk score', 8, true, 1, 2],
      ['Risk rating', 9, true, 1, 2],
      ['Risk rank', 10, true, 1, 2],
      ['Reason', 11, true, 1, 2],
    ]);
  });

  test('calculating the output grid again gives the same results and the same writes', () => {
    const fresh = riskGrid([
      ['Domestic abuse', 9812, 15, 16, 17, 15, MAIN],
      ['Road casualties', 1862, 12, 15, null, 13, '01/07/2015 - 30/09/2016'],
      ['Modern slavery', '-', null, 15, 14, 13, MAIN],
      ['Hate crime', 455, 9, 19, 12, 14, MAIN],
    ]);
    const first = calculate(fresh);
    const written = applyColumns(fresh, first.columns);
    const second = calculate(written);
    expect(second.rows).toEqual(first.rows);
    expect(second.findings).toEqual(first.findings);
    expect(second.columns.map((c) => c.cells)).toEqual(first.columns.map((c) => c.cells));
    expect(second.columns.every((c) => !c.writeHeader)).toBe(true);
    expect(calculate(applyColumns(written, second.columns)).columns.map((c) => c.column)).toEqual(first.columns.map((c) => c.column));
  });

  test('partner columns headed "Harm score (Police)" are inputs, and only the bare "Harm score" is the output', () => {
    const g = riskGrid([['Robbery', 6, 14, 12, null]], ['Category', 'Probability', 'Harm score (Police)', 'Harm score (Fire)', 'Harm score']);
    const { rows, columns } = calculate(g);
    expect(rows[0].harms.map((h) => h.header)).toEqual(['Harm score (Police)', 'Harm score (Fire)']);
    expect(rows[0].harmScore).toBe(13);
    expect(column(columns, 'Harm score')).toMatchObject({ column: 4, writeHeader: false });
  });
});
