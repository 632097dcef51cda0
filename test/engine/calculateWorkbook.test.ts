import { calculateWorkbook, OWNED_SHEET_MARK, type CalculationStep, type ColumnWrite } from '../../src/engine';
import { applyPlan } from './applyPlan';
import { seedIndicatorsSheet, seedSettingsSheet } from './gridOf';

const column = (columns: ReadonlyArray<ColumnWrite>, header: string) => {
  const found = columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
};

describe('calculateWorkbook: the write plan', () => {
  const sheets = [seedIndicatorsSheet(), seedSettingsSheet()];
  const result = calculateWorkbook(sheets);
  const columns = result.plan.columns;

  it('adds missing output columns right of the last header (J), with canonical headers, in order', () => {
    const added = columns.filter((c) => c.writeHeader).map((c) => [c.column, c.header]);
    expect(added).toEqual([
      [10, 'Previous rate'],
      [11, 'Current rate'],
      [12, 'Change %'],
      [13, 'Direction of travel'],
      [14, 'Progress RAG'],
      [15, 'Overall Progress RAG'],
      [16, 'Reason'],
    ]);
    for (const c of columns) expect([c.sheet, c.headerRow, c.firstRow, c.cells.length]).toEqual(['Indicators', 3, 4, 12]);
  });

  it('formats: Change % as 0.00%, rates as 0.00; RAG letters filled; arrows as characters', () => {
    expect(column(columns, 'Change %').cells[0]).toEqual({ value: expect.closeTo(0.0932, 4), numberFormat: '0.00%' });
    expect(column(columns, 'Previous rate').cells[0]).toEqual({ value: expect.closeTo(47.2101, 4), numberFormat: '0.00' });
    expect(column(columns, 'Previous rate').cells[4]).toEqual({ value: null }); // no counts on that row
    expect(column(columns, 'Direction of travel').cells[0]).toMatchObject({ value: '↓' });
    const rags = column(columns, 'Progress RAG').cells;
    expect(rags[0]).toMatchObject({ value: 'A', fill: '#FFC000', fontColor: '#000000' });
    expect(rags[3]).toMatchObject({ value: 'R', fill: '#C00000', fontColor: '#FFFFFF' });
    expect(rags[11]).toMatchObject({ value: 'G', fill: '#00B050' });
    expect(rags[5]).toEqual({ value: null }); // not like-for-like: emptied, no fill
  });

  it('never writes an input cell', () => {
    const inputColumns = new Set([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const c of columns) expect(inputColumns.has(c.column)).toBe(false);
  });

  it('reports progress: validating, then calculating', () => {
    const steps: CalculationStep[] = [];
    calculateWorkbook(sheets, { onProgress: (s) => steps.push(s) });
    expect(steps).toEqual(['validating', 'calculating']);
  });

  it('calculating the written workbook again gives the same plan, with every column now filled in place', () => {
    const written = applyPlan(sheets, result.plan);
    const again = calculateWorkbook(written);
    // Only writeHeader and typedHeader differ: the headers exist now, as the canonical names were written.
    expect(again.plan.columns.map((c) => ({ ...c, writeHeader: false }))).toEqual(columns.map((c) => ({ ...c, writeHeader: false, typedHeader: c.header })));
    expect(again.plan.columns.every((c) => !c.writeHeader)).toBe(true);
    expect(again.indicators).toEqual(result.indicators);
    expect(again.findings).toEqual(result.findings);
    expect(applyPlan(written, again.plan)).toEqual(written);
  });

  it('builds the Validation sheet only on request', () => {
    // Without the request only the Dashboard sheet (an Indicators sheet was recognised) is owned.
    expect(result.plan.ownedSheets.map((s) => s.name)).toEqual(['Dashboard']);
    const withSheet = calculateWorkbook(sheets, { writeValidationSheet: true });
    const validation = withSheet.plan.ownedSheets.find((s) => s.name === 'Validation')!;
    expect(validation.rows[0]).toEqual([{ value: OWNED_SHEET_MARK, italic: true }]);
    expect(validation.rows).toHaveLength(2 + withSheet.findings.length);
    expect(validation.rows[2][1]).toEqual({ value: 'D10', hyperlink: 'Indicators!D10' });
  });

  it('an empty workbook gives an empty result and no findings', () => {
    expect(calculateWorkbook([])).toMatchObject({ sheets: [], indicators: [], findings: [], plan: { columns: [], ownedSheets: [] } });
  });
});
