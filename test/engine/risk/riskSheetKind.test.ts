import { SheetGrid, calculateWorkbook } from '../../../src/engine';
import { riskSampleGrid } from '../../../scripts/sample/riskSheet';
import { applyColumns } from './riskGrid';

const settings = (rows: Array<[string, string]>): SheetGrid => ({ name: 'Settings', values: [['Setting', 'Value'], ...rows] });

describe('the Risk Matrix through calculateWorkbook', () => {
  test('is recognised by its header, calculated, and its rows exposed on the result', () => {
    const result = calculateWorkbook([riskSampleGrid()]);
    expect(result.sheets).toEqual([expect.objectContaining({ name: 'Risk Matrix', kind: 'risk', headerRow: 3 })]);
    expect(result.risk?.map((r) => r.rank)).toEqual([1, 6, 3, 4, 8, 9, 5, 6, 2, undefined]);
    expect(result.plan.columns.filter((c) => c.sheet === 'Risk Matrix').map((c) => c.header)).toEqual(['Harm score', 'Risk score', 'Risk rating', 'Risk rank', 'Reason']);
    expect(result.findings.map((f) => f.code)).toEqual(['R003', 'R004', 'R003']);
  });

  test('takes Risk bands, Harm scale and Harm disagreement from the Settings sheet', () => {
    const result = calculateWorkbook([
      settings([['Risk bands', '100, 200'], ['Harm scale', '1-16'], ['Harm disagreement', '4']]),
      riskSampleGrid(),
    ]);
    const byCategory = new Map(result.risk?.map((r) => [r.category, r]));
    expect(byCategory.get('Anti-social behaviour (ASB)')?.rating).toBe('MEDIUM'); // 108 > 100
    // Domestic abuse and Road casualties carry a 17 and a 16: 17 is outside 1-16.
    expect(byCategory.get('Domestic abuse')?.notScored).toBe(true);
    expect(result.findings.filter((f) => f.code === 'R004')).toEqual([]); // SD 3.16 is not above 4
    expect(result.findings.filter((f) => f.code === 'R001').map((f) => f.cell)).toEqual(['E5', 'G5']);
  });

  test('recalculating the written workbook gives the same plan and results', () => {
    const grid = riskSampleGrid();
    const first = calculateWorkbook([grid]);
    const written = applyColumns(grid, first.plan.columns);
    const second = calculateWorkbook([written]);
    expect(second.plan).toEqual({ ...first.plan, columns: first.plan.columns.map((c) => ({ ...c, writeHeader: false, typedHeader: c.typedHeader ?? c.header })) });
    expect(second.risk).toEqual(first.risk);
  });
});

describe('the Risk Matrix missing-header finding (V015)', () => {
  const titled = (headers: string[]): SheetGrid => ({
    name: 'Risk Matrix',
    values: [['Risk Rating by Harm Scores - 2016/17'], headers, ['Domestic abuse', 15, 15.5, 232.5]],
  });

  test('with only the output "Harm score" (the appendix keyed as printed), says it is what the add-in writes and where partners\' scores go', () => {
    const result = calculateWorkbook([titled(['Category', 'Probability', 'Harm score', 'Risk score'])]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'V015', sheet: 'Risk Matrix', cell: 'A1' })]);
    expect(result.findings[0].message).toBe(
      'The sheet looks like a Risk Matrix sheet but no header row holding "Category", "Probability" or "Volume", and at least one "Harm …" column was found in its first 20 rows. ' +
        'Headers seen: "Risk Rating by Harm Scores - 2016/17", "Category", "Probability", "Harm score", "Risk score", "Domestic abuse". ' +
        '"Harm score" is the column the add-in writes (the mean of the partners\' scores), not a partner\'s score: ' +
        'put each partner\'s harm score in a column of its own, such as "Harm (Police)" or "Harm (County Council)".',
    );
  });

  test('with no harm header at all, the message is unchanged (no note)', () => {
    const result = calculateWorkbook([titled(['Category', 'Probability', 'Risk score'])]);
    expect(result.findings[0].code).toBe('V015');
    expect(result.findings[0].message).toMatch(/Headers seen: "Risk Rating by Harm Scores - 2016\/17", "Category", "Probability", "Risk score", "Domestic abuse"\.$/);
  });
});
