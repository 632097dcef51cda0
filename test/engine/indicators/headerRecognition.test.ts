import { calculateWorkbook, OWNED_SHEET_MARK } from '../../../src/engine';
import { gridOf } from '../gridOf';

describe('recognising an Indicators sheet by its header row', () => {
  it('finds the header below title rows and notes, whatever the sheet is called', () => {
    const grid = gridOf('Q4 figures', [
      ['Safer Communities dashboard'],
      ['Note: figures are provisional'],
      [],
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
      ['Crime', 'Total crime', 'Low is good', 47.21, 51.61],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.sheets).toEqual([{ name: 'Q4 figures', kind: 'indicators', headerRow: 3, firstRow: 4, endRow: 5 }]);
    expect(result.indicators[0]).toMatchObject({ direction: '↓', rag: 'A' });
  });

  it('accepts synonyms, line breaks, repeated spaces, trailing * and any case in headers', () => {
    const grid = gridOf('Indicators', [
      ['OUTCOMES', 'Supporting\nIndicators', 'polarity*', 'Previous  Year (2015-16)', 'Current\r\nYear (2016-17)', 'Unit'],
      ['Crime', 'Total crime', 'low is good', '47.21', '51.61', 'Rate per 1,000'],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators[0]).toMatchObject({ outcome: 'Crime', measure: 'Rate per 1,000', polarity: 'Low is good', direction: '↓' });
    expect(result.indicators[0].previous.period).toBe('2015-16');
    expect(result.indicators[0].current.period).toBe('2016-17');
  });

  it('takes the period from a "(label)" header and flags a part-year header against a full-year one on each row\'s figure', () => {
    const grid = gridOf('Indicators', [
      ['Indicator', 'Polarity', 'Previous value (Apr2015-Mar2016)', 'Current value (Apr-Dec 2016)'],
      ['First-time entrants', 'Low is good', 124, 83],
      ['Re-offending rate', 'Low is good', 0.82, 0.28],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators.map((i) => i.notLikeForLike)).toEqual([true, true]);
    // The header's period is every row's: each row's warning names its own figure, not the shared header cell.
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['V011', 'D2'], ['V011', 'D3']]);
    expect(result.findings[0].message).toContain('Apr-Dec 2016');
  });

  it('period columns: different known lengths are not like-for-like (V012 on the current period cell)', () => {
    const grid = gridOf('Indicators', [
      ['Indicator', 'Polarity', 'Previous period', 'Previous value', 'Current period', 'Current value'],
      ['Burglary', 'Low is good', '2014-2016', 10, 'Apr2016-Mar2017', 9],
      ['Robbery', 'Low is good', 'Apr 2014 - Mar 2016', 10, 'Apr2016-Mar2017', 9],
    ]);
    const result = calculateWorkbook([grid]);
    // "2014-2016" is left unknown (not guessed), so Burglary is compared; 24 months against 12 is not.
    expect(result.indicators.map((i) => i.notLikeForLike)).toEqual([false, true]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V012', cell: 'E3' })]);
  });

  it('ends the table at a footnote row and keeps the footnote text', () => {
    const grid = gridOf('Indicators', [
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
      ['Support', 'Referrals', 'High is good', '2003*', 1611],
      ['* 2015/16 figure is not directly comparable (new provider).'],
      ['Note: rates per 1,000 population.'],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0].notLikeForLike).toBe(true);
    expect(result.footnotes?.map((f) => f.text)).toEqual(['* 2015/16 figure is not directly comparable (new provider).', 'Note: rates per 1,000 population.']);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V013', cell: 'D2', raw: '2003*' })]);
  });

  it('ends the table at a footnote row starting with † or ‡ too, and reads it as the footnote for that mark', () => {
    const grid = gridOf('Indicators', [
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
      ['Support', 'Referrals', 'High is good', 1900, '2010†'],
      ['† Estimated: includes 227 supports for stand-alone services.'],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators).toHaveLength(1);
    expect(result.footnotes?.map((f) => f.text)).toEqual(['† Estimated: includes 227 supports for stand-alone services.']);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V013', cell: 'E2', raw: '2010†' })]);
  });

  it('an indicator named "Notes …" under a blank (merged) Outcome is data, not a footnote row: the rows below it are read', () => {
    const grid = gridOf('Indicators', [
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
      ['Safeguarding', 'Referrals', 'High is good', 100, 110],
      [null, 'Notes of concern (safeguarding)', 'Low is good', 10, 12],
      [null, 'Repeat referrals', 'Low is good', 20, 18],
      [null, '* Figures for 2016/17 are provisional.'],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators.map((i) => [i.outcome, i.indicator])).toEqual([
      ['Safeguarding', 'Referrals'],
      ['Safeguarding', 'Notes of concern (safeguarding)'],
      ['Safeguarding', 'Repeat referrals'],
    ]);
    // A line of text starting with a mark ends the table wherever it is typed.
    expect(result.footnotes?.map((f) => f.text)).toEqual(['* Figures for 2016/17 are provisional.']);
  });

  it('blank outcome cells inherit the outcome above (merged cells read this way)', () => {
    const grid = gridOf('Indicators', [
      ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
      ['Crime', 'A', 'Low is good', 10, 9],
      [null, 'B', 'Low is good', 10, 11],
      ['ASB', 'C', 'Low is good', 10, 10],
    ]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators.map((i) => i.outcome)).toEqual(['Crime', 'Crime', 'ASB']);
    // Crime: G (−10%) and A (+10%, within the red threshold) → mean 2.5, rounded half up → G.
    expect(result.outcomes.map((o) => [o.outcome, o.indicatorCount, o.overallRag])).toEqual([['Crime', 2, 'G'], ['ASB', 1, 'A']]);
  });

  it('an indicator with no outcome above it is a warning and left out of the roll-up', () => {
    const grid = gridOf('Indicators', [['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'], [null, 'A', 'Low is good', 10, 9]]);
    const result = calculateWorkbook([grid]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V007', cell: 'B2', severity: 'warning' })]);
    expect(result.outcomes).toEqual([]);
    expect(result.indicators[0].rag).toBe('G');
  });

  it('counts with a denominator alone are enough to recognise the sheet', () => {
    const grid = gridOf('Data', [['Indicator', 'Polarity', 'Current count', 'Current denominator', 'Previous count', 'Previous denominator'], ['Crime', 'Low is good', 51, 1000, 47, 1000]]);
    const result = calculateWorkbook([grid]);
    expect(result.indicators[0]).toMatchObject({ previousRate: 47, currentRate: 51, measure: 'Rate per 1,000', direction: '↓' });
  });

  it('a sheet named like Indicators without the header: one finding saying what was looked for and seen', () => {
    const grid = gridOf('Indicators', [['Dashboard'], ['Name', 'Last year', 'This year'], ['Crime', 1, 2]]);
    const result = calculateWorkbook([grid]);
    expect(result.sheets).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'V015', severity: 'error', sheet: 'Indicators', cell: 'A1' });
    expect(result.findings[0].message).toContain('"Supporting Indicators"');
    expect(result.findings[0].message).toContain('Headers seen: "Dashboard", "Name", "Last year", "This year"');
  });

  it('a Settings sheet without its Setting | Value header: a finding, and the defaults are used', () => {
    const result = calculateWorkbook([gridOf('Settings', [['Name', 'Choice'], ['Red threshold', '20%']])]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V015', sheet: 'Settings', cell: 'A1' })]);
    expect(result.findings[0].message).toContain('"Setting" and "Value"');
    expect(result.settings?.redThreshold).toBe(0.15);
  });

  it('ignores sheets that are neither recognised nor named like a kind, and the add-in\'s own sheets', () => {
    const ownDashboard = gridOf('Dashboard', [['Safer Communities Performance Dashboard'], [OWNED_SHEET_MARK], ['Indicator', 'Current value'], ['x', 1]]);
    const result = calculateWorkbook([gridOf('Notes', [['Anything']]), ownDashboard]);
    expect(result.sheets).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('reads an analyst\'s own sheet named Dashboard like any other, and leaves it unwritten with a warning saying why', () => {
    const theirs = gridOf('Dashboard', [['Supporting Indicators', 'Polarity', 'Previous value', 'Current value'], ['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61]]);
    const result = calculateWorkbook([theirs]);
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([['Dashboard', 'indicators']]);
    expect(result.indicators[0]).toMatchObject({ direction: '↓', rag: 'A' });
    expect(result.plan.ownedSheets).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V027', severity: 'warning', sheet: 'Dashboard', cell: 'A1' })]);
    expect(result.findings[0].message).toBe('The workbook already has a sheet named "Dashboard" without the line Safer Dashboard puts on the sheets it rebuilds, so the Dashboard sheet was not written and nothing on yours was changed.');
    expect(result.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('does not read a Dashboard an earlier version wrote (no mark) as input, and asks for it to be deleted or renamed', () => {
    const indicators = gridOf('Indicators', [['Supporting Indicators', 'Polarity', 'Previous value', 'Current value'], ['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61]]);
    const earlier = gridOf('Dashboard', [
      ['Safer Communities Performance Dashboard – 2016-17'],
      [],
      ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous (2015-16)', 'Current (2016-17)', 'Direction of Travel', 'Progress'],
      ['Ongoing reductions in crime', 'A', 'Total Crime rate (per 1,000 population)', 47.21, 51.61, '↓', 'A'],
    ]);
    const result = calculateWorkbook([indicators, earlier]);
    expect(result.sheets.map((s) => s.name)).toEqual(['Indicators']);
    expect(result.indicators).toHaveLength(1);
    expect(result.plan.columns.every((c) => c.sheet === 'Indicators')).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V039', sheet: 'Dashboard', cell: 'A1' })]);
    expect(result.findings[0].fix).toContain('If it is the add-in\'s Dashboard sheet from an earlier version, delete it');
  });

  it('leaves an analyst\'s own Validation sheet unwritten too when the Validation sheet is asked for, and says so', () => {
    const indicators = gridOf('Indicators', [['Supporting Indicators', 'Polarity', 'Previous value', 'Current value'], ['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61]]);
    const result = calculateWorkbook([indicators, gridOf('Validation', [['Drop-down lists'], ['Low is good']])], { writeValidationSheet: true });
    expect(result.plan.ownedSheets.map((s) => s.name)).toEqual(['Dashboard']);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V027', sheet: 'Validation', cell: 'A1' })]);
    expect(result.summary).toMatchObject({ errors: 0, warnings: 1 });
  });
});

test('an outcome typed again in another case or spacing is the same outcome: one roll-up, shown as first spelled', () => {
  const grid = gridOf('Indicators', [
    ['Outcome', 'Indicator', 'Polarity', 'Previous value', 'Current value'],
    ['Ongoing reductions in crime', 'Total crime rate', 'Low is good', 47.21, 51.61],
    ['Ongoing reductions in  Crime', 'Domestic burglary rate', 'Low is good', 3.91, 3.53],
  ]);
  const result = calculateWorkbook([grid]);
  // A (9.3% rise, within the 15% red threshold) and G (improving): mean 2.5, rounded half up to G.
  expect(result.outcomes).toEqual([{ outcome: 'Ongoing reductions in crime', indicatorCount: 2, overallRag: 'G' }]);
  expect(result.indicators.map((i) => [i.outcome, i.rag, i.overallRag])).toEqual([
    ['Ongoing reductions in crime', 'A', 'G'],
    ['Ongoing reductions in crime', 'G', 'G'],
  ]);
});
