import { calculateWorkbook, OWNED_SHEET_MARK, type CellValue, type Finding, type OwnedSheet, type SheetGrid } from '../../../src/engine';
import { gridOf, seedIndicatorsSheet, seedSettingsSheet } from '../gridOf';

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/** An owned sheet of a plan as a host writes it, read back as a grid under another name (Excel's Move or Copy, or a rename). */
const copied = (sheet: OwnedSheet, name: string): SheetGrid => gridOf(name, sheet.rows.map((row) => row.map((cell) => cell.value as CellValue)));

/** A Districts sheet for two of the seed's rates, so that the add-in also draws a Charts sheet. */
const districts = gridOf('Districts', [
  ['District', 'Indicator', 'Period', 'Count', 'Population'],
  ['Blaby', 'Domestic Burglary rate (per 1,000 population)', '2016-17', 310, 100400],
  ['Charnwood', 'Domestic Burglary rate (per 1,000 population)', '2016-17', 620, 182600],
]);

describe('a sheet the add-in made, kept under another name', () => {
  const seed = [seedIndicatorsSheet(), seedSettingsSheet(), districts];
  const first = calculateWorkbook(seed, { writeValidationSheet: true });
  const owned = (name: string) => first.plan.ownedSheets.find((s) => s.name === name)!;

  it('a Dashboard copy is neither read nor written: the indicators are counted once, with one warning naming the copy', () => {
    const again = calculateWorkbook([...seed, copied(owned('Dashboard'), 'Dashboard (2)')]);
    expect(again.sheets.map((s) => s.name)).toEqual(['Settings', 'Indicators', 'Districts']);
    // Seed 002's Appendix 1 has 12 indicators in 5 outcomes; the copy read as input made them 24.
    expect(again.indicators).toHaveLength(12);
    expect(again.outcomes).toHaveLength(5);
    expect(again.plan.columns.filter((c) => c.sheet === 'Dashboard (2)')).toEqual([]);
    expect(again.plan.ownedSheets.map((s) => s.name)).toEqual(first.plan.ownedSheets.filter((s) => s.name !== 'Validation').map((s) => s.name));
    // The new Dashboard lists each indicator once: the same table as before the copy was made.
    expect(again.plan.ownedSheets.find((s) => s.name === 'Dashboard')!.rows).toEqual(owned('Dashboard').rows);
    // The mark is in A2, under the Dashboard's title.
    expect(again.findings.map(key)).toEqual(['V038 Dashboard (2)!A2', ...first.findings.map(key)]);
    expect(again.findings.find((f) => f.code === 'V038')).toMatchObject({
      severity: 'warning',
      message: 'The sheet "Dashboard (2)" was made by the add-in (it carries the line "Rebuilt by Safer Dashboard…" in A2), so it is not read as input and is left as it is: its figures are not counted again.',
    });
  });

  it('a renamed Dashboard kept beside a new one, as "Q3 Dashboard (kept)", is left as it is too', () => {
    const again = calculateWorkbook([...seed, copied(owned('Dashboard'), 'Q3 Dashboard (kept)')]);
    expect(again.sheets.map((s) => s.name)).toEqual(['Settings', 'Indicators', 'Districts']);
    expect(again.indicators.map((i) => i.rag)).toEqual(first.indicators.map((i) => i.rag));
    expect(again.findings.filter((f) => f.sheet === 'Q3 Dashboard (kept)').map(key)).toEqual(['V038 Q3 Dashboard (kept)!A2']);
  });

  it('copies of the Charts and Validation sheets are not read either, and need no warning as nothing on them looks like input', () => {
    const charts = owned('Charts');
    expect(charts).toBeDefined();
    const again = calculateWorkbook([...seed, copied(charts, 'Charts (2)'), copied(owned('Validation'), 'Validation (2)')]);
    expect(again.sheets.map((s) => s.name)).toEqual(['Settings', 'Indicators', 'Districts']);
    expect(again.findings.map(key)).toEqual(first.findings.map(key));
  });

  it('the mark is what counts, not the title: a marked sheet with an Indicators header row is not read', () => {
    const marked = gridOf('Indicators 2015-16', [
      [OWNED_SHEET_MARK],
      ['Supporting Indicators', 'Polarity', 'Previous value', 'Current value'],
      ['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61],
    ]);
    const result = calculateWorkbook([marked]);
    expect(result.sheets).toEqual([]);
    expect(result.findings.map(key)).toEqual(['V038 Indicators 2015-16!A1']);
  });
});

/** Seed 002's Appendix 1 as the board paper lays it out: the title, a blank row, then the table (row 3). */
function appendixOneDashboard(): SheetGrid {
  return gridOf('Dashboard', [
    ['Appendix 1 - Safer Communities Performance Dashboard Quarter 4, 2016/17'],
    [],
    ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Current Direction of Travel', 'Progress', 'Nearest Neighbour Comparison', 'County Comparison', 'District Comparison'],
    ['Ongoing reductions in crime', 'A', 'Total Crime rate (per 1,000 population)', 47.21, 51.61, '↓', 'A', '4/9', 'Top', null],
    [null, null, 'Domestic Burglary rate (per 1,000 population)', 3.53, 3.91, '↓', 'A', '6/9', 'Above Average', null],
    [null, null, 'Vehicle Crime rate (per 1,000 population)', 7.07, 7.29, '→', 'A', '5/9', 'Average', null],
    ['Prevent people from being drawn into terrorism', 'A', 'Reported hate incidents (per 1,000 population)', 0.58, 0.66, '↑', 'A', '-', '-', null],
  ]);
}

/** The Dashboard sheet an earlier version of the add-in wrote (no mark): heading, blank row, its own headers. */
function earlierAddinDashboard(): SheetGrid {
  return gridOf('Dashboard', [
    ['Safer Communities Performance Dashboard – 2016-17'],
    [],
    ['Outcomes', 'Overall Progress RAG', 'Supporting Indicators', 'Previous (2015-16)', 'Current (2016-17)', 'Direction of Travel', 'Progress', 'Nearest Neighbour Comparison', 'County Comparison', 'District Comparison'],
    ['Ongoing reductions in crime', 'A', 'Total Crime rate (per 1,000 population)', 47.21, 51.61, '↓', 'A', '4/9', 'Top', null],
  ]);
}

describe('a sheet named Dashboard that the add-in did not make', () => {
  it('the board paper\'s Appendix 1 kept on a sheet named Dashboard is read as the indicators, with V027 saying no Dashboard was written', () => {
    const settings = gridOf('Settings', [
      ['Setting', 'Value'],
      ...['Total Crime', 'Domestic Burglary', 'Vehicle Crime'].map((name) => [`Polarity: ${name} rate (per 1,000 population)`, 'Low is good']),
      ['Polarity: Reported hate incidents (per 1,000 population)', 'High is good'],
    ]);
    const result = calculateWorkbook([appendixOneDashboard(), settings]);
    expect(result.sheets.map((s) => [s.name, s.kind, s.headerRow])).toEqual([['Settings', 'settings', 0], ['Dashboard', 'indicators', 2]]);
    // Worked by hand, Low is good with the 5% stable band and 15% red threshold: 47.21 → 51.61 is
    // +9.32% (↓, A); 3.53 → 3.91 is +10.76% (↓, A); 7.07 → 7.29 is +3.11% (→, A). Hate incidents,
    // High is good in the Settings: 0.58 → 0.66 is +13.79% (↑, G).
    expect(result.indicators.map((i) => [i.direction, i.rag])).toEqual([['↓', 'A'], ['↓', 'A'], ['→', 'A'], ['↑', 'G']]);
    expect(result.indicators[0].changePercent).toBeCloseTo(0.0932, 4);
    expect(result.plan.ownedSheets.map((s) => s.name)).not.toContain('Dashboard');
    expect(result.findings.map(key)).toEqual(['V027 Dashboard!A1']);
  });

  it('one laid out exactly as an earlier version wrote it is not read, and its finding says to delete it or rename it', () => {
    const indicators = gridOf('Indicators', [['Supporting Indicators', 'Polarity', 'Previous value', 'Current value'], ['Total Crime rate (per 1,000 population)', 'Low is good', 47.21, 51.61]]);
    const result = calculateWorkbook([indicators, earlierAddinDashboard()]);
    expect(result.sheets.map((s) => s.name)).toEqual(['Indicators']);
    expect(result.indicators).toHaveLength(1);
    expect(result.plan.columns.every((c) => c.sheet === 'Indicators')).toBe(true);
    expect(result.plan.ownedSheets.map((s) => s.name)).not.toContain('Dashboard');
    // One finding on the sheet, not V027 besides.
    expect(result.findings.map(key)).toEqual(['V039 Dashboard!A1']);
    expect(result.findings[0].message).toBe('The sheet "Dashboard" is laid out like the Dashboard sheet an earlier version of the add-in wrote and lacks the line Safer Dashboard now puts on its own sheets, so it was not read as input and nothing on it was changed; while it is there, the add-in writes no Dashboard sheet.');
    expect(result.findings[0].fix).toContain('delete it');
    expect(result.findings[0].fix).toContain('rename it');
  });

  it('an earlier version\'s Dashboard alone still gets its finding, so the analyst learns why nothing was read', () => {
    const result = calculateWorkbook([earlierAddinDashboard()]);
    expect(result.sheets).toEqual([]);
    expect(result.findings.map(key)).toEqual(['V039 Dashboard!A1']);
  });

  it('an earlier version\'s Validation sheet gets the same finding, whether or not the Validation sheet is asked for', () => {
    const validation = gridOf('Validation', [['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Suggested fix', 'Cell content'], ['Indicators', 'D10', 'warning', 'V011', 'Part year', 'Compare like with like', '0.28 (Q3 tracking)']]);
    for (const writeValidationSheet of [false, true]) {
      const result = calculateWorkbook([seedIndicatorsSheet(), seedSettingsSheet(), validation], { writeValidationSheet });
      expect(result.findings.filter((f) => f.sheet === 'Validation').map(key)).toEqual(['V039 Validation!A1']);
      expect(result.plan.ownedSheets.map((s) => s.name)).toEqual(['Dashboard']);
    }
  });
});
