import type { WritePlan } from '../../../src/engine';
import { MemoryWorkbook } from '../../../src/hosts/memory/MemoryWorkbook';

/** Seed 002 Appendix 1, first two rows, under a title row: the header is on row 3 (index 2). */
function seedWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromGrids([
    {
      name: 'Indicators',
      values: [
        ['Safer Communities Performance Dashboard Quarter 4, 2016/17'],
        [],
        ['Outcomes', 'Supporting Indicators', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Change %'],
        ['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 47.21, 51.61, 'stale'],
        [null, 'Domestic Burglary rate (per 1,000 population)', 3.53, 3.91, 'keep me'],
      ],
      numberFormats: [[], [], [], [undefined, undefined, '0.00', '0.00'], []],
    },
  ]);
}

describe('MemoryWorkbook', () => {
  it('refuses a plan for a sheet it does not hold', async () => {
    await expect(
      seedWorkbook().write({ columns: [{ sheet: 'Nope', headerRow: 0, column: 0, header: 'X', writeHeader: true, firstRow: 1, cells: [] }], ownedSheets: [] }),
    ).rejects.toThrow('No sheet named Nope');
  });

  it('reads sheets as rectangular grids anchored at A1, with number formats', async () => {
    const [grid] = await seedWorkbook().readSheets();
    expect(grid.name).toBe('Indicators');
    expect(grid.values).toHaveLength(5);
    expect(grid.values.every((row) => row.length === 5)).toBe(true);
    expect(grid.values[0][0]).toBe('Safer Communities Performance Dashboard Quarter 4, 2016/17');
    expect(grid.values[1]).toEqual([null, null, null, null, null]);
    expect(grid.values[3][2]).toBe(47.21);
    expect(grid.numberFormats?.[3][2]).toBe('0.00');
    expect(grid.values[4][0]).toBeNull();
  });

  it('writes an output column: header when new, null cells untouched, null values emptied, formats replaced', async () => {
    const workbook = seedWorkbook();
    workbook.setCell('Indicators', 3, 5, { value: 'A', fill: '#FFEB9C' });
    const plan: WritePlan = {
      columns: [
        {
          sheet: 'Indicators',
          headerRow: 2,
          column: 4,
          header: 'Change %',
          writeHeader: false,
          firstRow: 3,
          cells: [{ value: 0.0932, numberFormat: '0.00%' }, null],
        },
        {
          sheet: 'Indicators',
          headerRow: 2,
          column: 5,
          header: 'Progress RAG',
          writeHeader: true,
          firstRow: 3,
          cells: [{ value: null }, { value: 'R', fill: '#FFC7CE', horizontalAlignment: 'center' }],
        },
      ],
      ownedSheets: [],
    };
    await workbook.write(plan);
    expect(workbook.cell('Indicators', 'E4')).toEqual({ value: 0.0932, numberFormat: '0.00%' });
    expect(workbook.value('Indicators', 'E5')).toBe('keep me');
    expect(workbook.value('Indicators', 'E3')).toBe('Change %');
    expect(workbook.cell('Indicators', 'F3')).toEqual({ value: 'Progress RAG', bold: true });
    // The stale Amber fill goes with the value: an emptied output cell carries no formatting.
    expect(workbook.cell('Indicators', 'F4')).toEqual({ value: null });
    expect(workbook.cell('Indicators', 'F5')).toEqual({ value: 'R', fill: '#FFC7CE', horizontalAlignment: 'center' });
    expect(workbook.writes).toBe(1);
  });

  it('keeps formula-looking text as text', async () => {
    const workbook = seedWorkbook();
    await workbook.write({
      columns: [{ sheet: 'Indicators', headerRow: 2, column: 6, header: 'Reason', writeHeader: true, firstRow: 3, cells: [{ value: '=HYPERLINK("x")' }, { value: '-5% change' }] }],
      ownedSheets: [],
    });
    expect(workbook.value('Indicators', 'G4')).toBe('=HYPERLINK("x")');
    expect(typeof workbook.value('Indicators', 'G5')).toBe('string');
  });

  it('rebuilds an owned sheet whole: old cells cleared, merges and widths replaced', async () => {
    const workbook = seedWorkbook();
    const first: WritePlan = {
      columns: [],
      ownedSheets: [
        {
          name: 'Validation',
          rows: [[{ value: 'Validation', bold: true }], [{ value: 'Indicators!E7', hyperlink: 'Indicators!E7' }, { value: 'error' }], [{ value: 'old row' }]],
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
          columnWidths: [20, 10],
        },
      ],
    };
    await workbook.write(first);
    expect(workbook.sheetNames()).toEqual(['Indicators', 'Validation']);
    expect(workbook.cell('Validation', 'A2')?.hyperlink).toBe('Indicators!E7');
    await workbook.write({ columns: [], ownedSheets: [{ name: 'Validation', rows: [[{ value: 'No findings' }]], merges: [], columnWidths: [30] }] });
    expect(workbook.sheetNames()).toEqual(['Indicators', 'Validation']);
    expect(workbook.value('Validation', 'A1')).toBe('No findings');
    expect(workbook.cell('Validation', 'A3')).toBeUndefined();
    expect(workbook.cell('Validation', 'B2')).toBeUndefined();
    expect(workbook.merges('Validation')).toEqual([]);
    expect(workbook.columnWidths('Validation')).toEqual([30]);
  });

  it('snapshots every non-empty cell by sheet-qualified address, unchanged by an empty plan', async () => {
    const workbook = seedWorkbook();
    const before = workbook.snapshot();
    expect(Object.keys(before)).toContain('Indicators!C4');
    expect(before['Indicators!C4']).toEqual({ value: 47.21, numberFormat: '0.00' });
    expect(Object.keys(before)).not.toContain('Indicators!A5');
    await workbook.write({ columns: [], ownedSheets: [] });
    expect(workbook.snapshot()).toEqual(before);
  });
});
