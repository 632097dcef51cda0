import type { OutputCell } from '../../../src/engine';
import { FakeExcel, WEB_PAYLOAD_LIMIT_BYTES } from '../../../src/hosts/fakeExcel/FakeExcel';
import type { StoredCell, StoredSheet } from '../../../src/hosts/fakeExcel/FakeWorkbookStore';
import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { blockOps } from '../../../src/hosts/office/blockOps';
import { MAX_AREAS_ADDRESS_CHARS } from '../../../src/hosts/office/styleOps';
import { areasAddress } from '../../../src/hosts/office/areasAddress';
import { runCalculation } from '../../../src/hosts/runCalculation';
import { buildIndicatorsStore } from '../../../scripts/bench-office';

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** A cell's look as Excel shows it: unset properties read as Excel's defaults. */
function shown(cell: StoredCell | undefined) {
  return {
    value: cell?.value ?? null,
    fill: cell?.fill ?? null,
    fontColor: cell?.fontColor ?? '#000000',
    bold: cell?.bold ?? false,
    italic: cell?.italic ?? false,
    horizontalAlignment: cell?.horizontalAlignment ?? 'General',
    wrapText: cell?.wrapText ?? false,
  };
}

/** What the plan asks a cell to look like. */
function planned(cell: OutputCell) {
  return {
    value: cell.value,
    fill: cell.fill?.toUpperCase() ?? null,
    fontColor: cell.fontColor?.toUpperCase() ?? '#000000',
    bold: cell.bold ?? false,
    italic: cell.italic ?? false,
    horizontalAlignment: cell.horizontalAlignment ? ALIGNMENT[cell.horizontalAlignment] : 'General',
    wrapText: cell.wrapText ?? false,
  };
}

function mismatches(sheet: StoredSheet, expected: ReadonlyArray<[number, number, OutputCell]>): unknown[] {
  const out: unknown[] = [];
  for (const [r, c, cell] of expected) {
    const want = planned(cell);
    const got = shown(sheet.cell(r, c));
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push({ sheet: sheet.name, r, c, want, got });
    if (out.length >= 5) break;
  }
  return out;
}

describe('what a 10,000-row calculation leaves in the workbook', () => {
  test('every output cell holds the plan’s value, number format, fill, font, alignment and wrap; input cells are unchanged', async () => {
    const rows = 10_000;
    const store = buildIndicatorsStore(rows);
    const inputs = store.requireSheet('Indicators').toGrid().values.map((row) => row.slice(0, 6));
    const excel = new FakeExcel(store, { requestLimitBytes: WEB_PAYLOAD_LIMIT_BYTES, responseLimitBytes: Infinity });
    const { plan } = await runCalculation(new OfficeHost(excel.run));
    expect(plan.columns.length).toBeGreaterThan(0);

    for (const write of plan.columns) {
      const sheet = store.requireSheet(write.sheet);
      const expected: [number, number, OutputCell][] = [];
      if (write.writeHeader) expected.push([write.headerRow, write.column, { value: write.header, bold: true }]);
      write.cells.forEach((cell, i) => cell && expected.push([write.firstRow + i, write.column, cell]));
      expect(mismatches(sheet, expected)).toEqual([]);
      const formatted = write.cells.some((cell) => cell?.numberFormat !== undefined);
      const formats = write.cells.flatMap((cell, i) => (cell ? [[sheet.cell(write.firstRow + i, write.column)?.numberFormat, formatted ? cell.numberFormat ?? 'General' : undefined]] : []));
      expect(formats.filter(([got, want]) => got !== want)).toEqual([]);
    }
    for (const owned of plan.ownedSheets) {
      const sheet = store.requireSheet(owned.name);
      const expected = owned.rows.flatMap((line, r) => line.map((cell, c): [number, number, OutputCell] => [r, c, cell]));
      expect(mismatches(sheet, expected)).toEqual([]);
    }
    expect(store.requireSheet('Indicators').toGrid().values.map((row) => row.slice(0, 6))).toEqual(inputs);
  }, 60_000);
});

describe('style commands', () => {
  const rag = (i: number): OutputCell =>
    [{ value: 'G', fill: '#00B050' }, { value: 'A', fill: '#FFC000' }, { value: 'R', fill: '#C00000', fontColor: '#FFFFFF' }, { value: 'n/a' }][i % 7 % 4];

  test('a 10,000-row RAG column takes a few commands: one per look and 4 KB of addresses, not one per run', () => {
    const block = Array.from({ length: 10_000 }, (_, i) => [{ ...rag(i), bold: true, horizontalAlignment: 'center' as const }]);
    const ops = blockOps('Indicators', 3, 8, block, false);
    const styles = ops.filter((op) => op.kind === 'style');
    expect(styles.length).toBeLessThan(60);
    for (const op of styles) if (op.kind === 'style' && op.areas.length > 1) expect(areasAddress(op.areas).length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS_CHARS);
    // The most common look goes on the whole block first; bold and centring are not repeated.
    expect(styles[0]).toMatchObject({ areas: [{ row: 3, column: 8, rowCount: 10_000, columnCount: 1 }] });
    expect(styles.slice(1).every((op) => op.kind === 'style' && op.style.bold === undefined && op.style.horizontalAlignment === undefined)).toBe(true);
  });

  test('a uniform number format is sent once for the whole block', () => {
    const ops = blockOps('Indicators', 3, 6, Array.from({ length: 1_000 }, () => [{ value: 0.1, numberFormat: '0.0%' }]), false);
    expect(ops.find((op) => op.kind === 'numberFormat')).toMatchObject({ formats: '0.0%', rowCount: 1_000, columnCount: 1 });
  });
});
