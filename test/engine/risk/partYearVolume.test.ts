import { calculate, riskGrid, HEADERS } from './riskGrid';

const NO_PERIOD = HEADERS.slice(0, 6); // Category, Volume, Probability and three harm columns
const CAUTION = 'The volume covers Apr-Sep 2016, part of a year; the probability bands are for 12 months of volume, so the probability may be too low.';

describe('a probability derived from a part-year Volume is flagged (R010)', () => {
  test('"4,000 (Apr-Sep 2016)": probability 12 from the annual bands, with a warning on the Volume cell and in the Reason', () => {
    const { rows, findings } = calculate(riskGrid([['Domestic burglary', '4,000 (Apr-Sep 2016)', null, 9, 10, 11]], NO_PERIOD));
    // Hand-checked: 4,000 is in the default band 1,000 to under 5,000 → 12; 12 × (9 + 10 + 11) / 3 = 120.
    expect(rows[0]).toMatchObject({ probability: 12, probabilitySource: 'volume', riskScore: 120, rating: 'MEDIUM' });
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.raw, f.parsed, f.expected])).toEqual([
      ['R010', 'warning', 'B3', '4,000 (Apr-Sep 2016)', 'Apr-Sep 2016', 'a volume for 12 months'],
    ]);
    expect(findings[0].message).toBe(
      'The volume 4,000 for Domestic burglary covers Apr-Sep 2016, part of a year; the probability bands are for 12 months of volume, so the probability 12 from them may be too low.',
    );
    expect(findings[0].fix).toBe('Type the volume for a full 12 months, or type the Probability for Domestic burglary yourself.');
    expect(rows[0].reason).toBe(`Probability 12 (from volume 4,000, band 1,000 to under 5,000) × harm score 10 (mean of 3 partner scores, 9 to 11) = 120: MEDIUM (above 108, up to and including 216). ${CAUTION}`);
  });

  test('"4,000 (Q1-Q2 tracking)" is part of a year too', () => {
    const { findings } = calculate(riskGrid([['Domestic burglary', '4,000 (Q1-Q2 tracking)', null, 9, 10, 11]], NO_PERIOD));
    expect(findings.map((f) => [f.code, f.cell, f.parsed])).toEqual([['R010', 'B3', 'Q1-Q2 tracking']]);
  });

  test('a part-year Period cell beside a plain Volume is flagged on the Volume cell', () => {
    const { rows, findings } = calculate(riskGrid([['Domestic burglary', 4000, null, 9, 10, 11, 'Apr-Sep 2016']]));
    expect(findings.map((f) => [f.code, f.cell, f.raw])).toEqual([['R010', 'B3', '4000']]);
    expect(rows[0].reason.endsWith(CAUTION)).toBe(true);
  });

  test('no warning for a full-year note, a full-year Period, or a typed Probability beside a part-year volume', () => {
    const { findings } = calculate(riskGrid([
      ['Cyber crime', '1,150 (Jan2016-Dec2016)', null, 9, 8, 10, null],
      ['Robbery', 231, null, 14, 13, 12, '2016/17'],
      ['Hate crime', '455 (Apr-Sep 2016)', 9, 13, 12, 14, null],
    ]));
    expect(findings.filter((f) => f.code === 'R010')).toEqual([]);
  });

  test("a part-year note is the row's own period but never the sheet's main period", () => {
    // Tied one each: the first seen used to win, making Apr-Sep 2016 the main period and flagging the full-year row.
    const { rows, findings } = calculate(riskGrid([
      ['Domestic burglary', '4,000 (Apr-Sep 2016)', null, 9, 10, 11],
      ['Cyber crime', '1,150 (Jan2016-Dec2016)', null, 9, 8, 10],
    ], NO_PERIOD));
    expect(rows.map((r) => [r.period, r.periodDiffers])).toEqual([['Apr-Sep 2016', true], ['Jan2016-Dec2016', false]]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['R010', 'B3'], ['R003', 'B3']]);
    expect(findings[1].message).toContain("not the sheet's main period Jan2016-Dec2016");
  });

  test('with only part-year notes the sheet has no main period, so nothing is said to differ', () => {
    const { rows, findings } = calculate(riskGrid([
      ['Domestic burglary', '4,000 (Apr-Sep 2016)', null, 9, 10, 11],
      ['Vehicle crime', '5,026 (Q1-Q2 tracking)', null, 7, 6, 6],
    ], NO_PERIOD));
    expect(rows.map((r) => r.periodDiffers)).toEqual([false, false]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['R010', 'B3'], ['R010', 'B4']]);
  });
});
