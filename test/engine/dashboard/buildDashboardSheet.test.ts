import { buildDashboardSheet, buildReportModel, OutputCell, OwnedSheet, RAG_FILLS } from '../../../src/engine';
import { FORMULA, SCRIPT, SEED_FOOTNOTES, hostileResult, seedResult } from '../../report/seedResult';

const HEADER_ROW = 2;
const FIRST = 3;

function text(sheet: OwnedSheet, row: number, column: number): string | number | null {
  return sheet.rows[row]?.[column]?.value ?? null;
}

function cell(sheet: OwnedSheet, row: number, column: number): OutputCell {
  return sheet.rows[row][column];
}

describe('buildDashboardSheet', () => {
  const sheet = buildDashboardSheet(seedResult, { period: 'Quarter 4, 2016/17' });

  test('is the Dashboard sheet, titled with the reporting period, ten columns wide', () => {
    expect(sheet.name).toBe('Dashboard');
    expect(text(sheet, 0, 0)).toBe('Safer Communities Performance Dashboard – Quarter 4, 2016/17');
    expect(cell(sheet, 0, 0).bold).toBe(true);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 });
    expect(sheet.columnWidths).toHaveLength(10);
    for (const row of sheet.rows) expect(row).toHaveLength(10);
  });

  test('has the Appendix 1 headers, with the period labels on Previous and Current', () => {
    expect(sheet.rows[HEADER_ROW].map((c) => c.value)).toEqual([
      'Outcomes',
      'Overall Progress RAG',
      'Supporting Indicators',
      'Previous (2015-16)',
      'Current (2016-17)',
      'Direction of Travel',
      'Progress',
      'Nearest Neighbour Comparison',
      'County Comparison',
      'District Comparison',
    ]);
    expect(sheet.rows[HEADER_ROW].every((c) => c.bold && c.fill === '#D9D9D9')).toBe(true);
  });

  test('writes the twelve indicators in order, figures as published', () => {
    const names = sheet.rows.slice(FIRST, FIRST + 12).map((r) => r[2].value);
    expect(names[0]).toBe('Total Crime rate (per 1,000 population)');
    expect(names[11]).toBe('Reported hate incidents (per 1,000 population)');
    expect(text(sheet, FIRST, 3)).toBe('47.21');
    expect(text(sheet, FIRST, 4)).toBe('51.61');
    expect(text(sheet, FIRST + 6, 4)).toBe('83 (April -Dec2016)');
    expect(text(sheet, FIRST + 7, 3)).toBe('28% (Apr2015-Mar2016)');
    expect(text(sheet, FIRST + 8, 3)).toBe('2003*');
    expect(text(sheet, FIRST + 8, 4)).toBe('1611**');
  });

  test('merges each outcome and its overall RAG over exactly its rows', () => {
    const spans = [
      [FIRST, FIRST + 3], // crime: 4 rows
      [FIRST + 4, FIRST + 6], // offending: 3
      [FIRST + 7, FIRST + 8], // vulnerable: 2
      [FIRST + 9, FIRST + 10], // ASB: 2
    ];
    for (const [top, bottom] of spans) {
      expect(sheet.merges).toContainEqual({ top, left: 0, bottom, right: 0 });
      expect(sheet.merges).toContainEqual({ top, left: 1, bottom, right: 1 });
    }
    // The single-indicator outcome (Prevent) needs no merge.
    expect(sheet.merges.some((m) => m.top === FIRST + 11 && m.left <= 1)).toBe(false);
    expect(text(sheet, FIRST, 0)).toBe('Ongoing reductions in crime');
    expect(text(sheet, FIRST + 1, 0)).toBeNull();
  });

  test('fills and letters the RAG cells, with the product’s overall roll-up', () => {
    expect(cell(sheet, FIRST, 1)).toMatchObject({ value: 'A', fill: '#FFC000', bold: true });
    expect(cell(sheet, FIRST, 6)).toMatchObject({ value: 'A', fill: '#FFC000' });
    expect(cell(sheet, FIRST + 3, 6)).toMatchObject({ value: 'R', fill: '#C00000', fontColor: '#FFFFFF' });
    expect(cell(sheet, FIRST + 7, 1)).toMatchObject({ value: 'G', fill: '#00B050' });
    expect(cell(sheet, FIRST + 11, 6)).toMatchObject({ value: 'G', fill: '#00B050' });
    expect(cell(sheet, FIRST, 3).fill).toBeUndefined();
  });

  test('shows the arrows as characters', () => {
    expect(sheet.rows.slice(FIRST, FIRST + 4).map((r) => r[5].value)).toEqual(['↓', '↓', '→', '↓']);
    expect(text(sheet, FIRST + 7, 5)).toBe('↑');
  });

  test('marks the not-like-for-like rows instead of scoring them', () => {
    for (const row of [FIRST + 5, FIRST + 6, FIRST + 8]) {
      expect(cell(sheet, row, 5)).toMatchObject({ value: '‡ Not like-for-like', italic: true });
      expect(cell(sheet, row, 6).value).toBeNull();
      expect(cell(sheet, row, 6).fill).toBeUndefined();
    }
  });

  test('carries the footnotes under the table, then the ‡ notes, then the key', () => {
    const column0 = sheet.rows.map((r) => r[0].value);
    const first = column0.indexOf(SEED_FOOTNOTES[0]);
    expect(first).toBeGreaterThan(FIRST + 11);
    expect(column0[first + 1]).toBe(SEED_FOOTNOTES[1]);
    expect(column0[first + 2]).toMatch(/^‡ Rate of re-offending by young offenders/);
    const key = column0.indexOf('Key');
    expect(key).toBeGreaterThan(first);
    const symbols = sheet.rows.slice(key + 1).map((r) => r[0].value);
    expect(symbols).toEqual(['↑', '→', '↓', 'G', 'A', 'R', 'Overall', '‡']);
    const meaning = (symbol: string) => sheet.rows[key + 1 + symbols.indexOf(symbol)][1].value;
    expect(meaning('↑')).toMatch(/^Improving/);
    expect(meaning('→')).toMatch(/within ±5%/);
    expect(meaning('R')).toMatch(/more than 15%/);
    expect(sheet.rows[key + 1 + symbols.indexOf('G')][0].fill).toBe('#00B050');
  });

  test('keeps hostile text literally, as plain text values', () => {
    const hostile = buildDashboardSheet(hostileResult);
    const values = hostile.rows.flat().map((c) => c.value);
    expect(values).toContain(SCRIPT);
    expect(values).toContain(FORMULA);
    expect(values).toContain(`* ${SCRIPT} ${FORMULA}`);
  });

  test('a period only one row\'s note gives heads no column: the headers and title then name none', () => {
    // Headers without a period: each figure's period is its own note, and only MARAC has one.
    const onlyMarac = {
      ...seedResult,
      indicators: seedResult.indicators.map((i) =>
        i.indicator.includes('MARAC') ? i : { ...i, previous: { ...i.previous, period: undefined }, current: { ...i.current, period: undefined } },
      ),
    };
    const frame = buildReportModel(onlyMarac);
    expect(frame.heading).toBe('Safer Communities Performance Dashboard');
    expect(frame.columns.map((c) => c.header).slice(3, 5)).toEqual(['Previous', 'Current']);
    // With the seed's headers every row has 2015-16 and 2016-17, MARAC's own note aside.
    expect(buildReportModel(seedResult).columns.map((c) => c.header).slice(3, 5)).toEqual(['Previous (2015-16)', 'Current (2016-17)']);
  });

  test('uses the same model as the report renderers', () => {
    const model = buildReportModel(seedResult);
    expect(model.rows).toHaveLength(12);
    expect(model.rows[0].cells[0].rowSpan).toBe(4);
    expect(model.rows[1].cells[0].covered).toBe(true);
  });

  test('draws the same table as the report model', () => {
    const notLikeForLike = { ...seedResult, indicators: seedResult.indicators.map((i, n) => (n % 3 === 0 ? { ...i, notLikeForLike: true } : i)) };
    for (const result of [seedResult, hostileResult, notLikeForLike]) {
      const options = { period: 'Quarter 4, 2016/17' };
      const drawn = buildDashboardSheet(result, options);
      const model = buildReportModel(result, options);
      expect(model.rows.length).toBeGreaterThan(0);
      model.rows.forEach((row, r) => row.cells.forEach((modelCell, column) => {
        const sheetCell = cell(drawn, FIRST + r, column);
        if (modelCell.covered) {
          expect(sheetCell).toEqual({ value: null });
          return;
        }
        expect(sheetCell.value).toBe(modelCell.text === '' ? null : modelCell.text);
        expect(sheetCell.horizontalAlignment).toBe(modelCell.align);
        expect(Boolean(sheetCell.bold)).toBe(Boolean(modelCell.bold));
        expect(Boolean(sheetCell.italic)).toBe(Boolean(modelCell.italic));
        expect(sheetCell.fill).toBe(modelCell.rag ? RAG_FILLS[modelCell.rag] : undefined);
        if (modelCell.rowSpan > 1) expect(drawn.merges).toContainEqual({ top: FIRST + r, left: column, bottom: FIRST + r + modelCell.rowSpan - 1, right: column });
      }));
    }
  });

  test('an empty result still gives the title, the headers and the key', () => {
    const empty = buildDashboardSheet({ ...seedResult, indicators: [], outcomes: [], footnotes: undefined });
    expect(text(empty, HEADER_ROW, 3)).toBe('Previous');
    expect(empty.rows.map((r) => r[0].value)).toContain('Key');
    expect(empty.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 9 }]);
  });
});
