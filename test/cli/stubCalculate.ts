import type { CalculationResult, ColumnWrite, Finding, IndicatorResult, SheetGrid } from '../../src/engine';
import { calculateWorkbook } from '../../src/engine';

/**
 * A stand-in for the engine, so command-line behaviour (exit codes, saving, messages) is tested on
 * its own. On a sheet named Indicators whose header holds "Supporting Indicators", it writes
 * `Change %` (numbers) and `Reason` (formula-looking text) beside the table, reusing those columns
 * when they already exist, and returns the given findings.
 */
export function stubCalculate(findings: ReadonlyArray<Finding> = []): typeof calculateWorkbook {
  return (sheets: ReadonlyArray<SheetGrid>): CalculationResult => {
    const grid = sheets.find((s) => s.name === 'Indicators');
    const headerRow = grid ? grid.values.findIndex((row) => row.includes('Supporting Indicators')) : -1;
    if (!grid || headerRow < 0) {
      return { sheets: [], indicators: [], outcomes: [], findings: [], plan: { columns: [], ownedSheets: [] }, summary: { indicators: 0, outcomes: 0, errors: 0, warnings: 0 } };
    }
    const header = grid.values[headerRow];
    const firstRow = headerRow + 1;
    let endRow = firstRow;
    while (endRow < grid.values.length && grid.values[endRow].some((v) => v !== null)) endRow++;
    let width = header.length;
    while (width > 0 && header[width - 1] === null) width--;
    const column = (name: string) => {
      const at = header.indexOf(name);
      return at >= 0 ? { column: at, writeHeader: false } : { column: width++, writeHeader: true };
    };
    const rows = Array.from({ length: endRow - firstRow }, (_, i) => firstRow + i);
    const change = column('Change %');
    const reason = column('Reason');
    const columns: ColumnWrite[] = [
      { sheet: 'Indicators', headerRow, ...change, header: 'Change %', firstRow, cells: rows.map((r) => ({ value: r / 100, numberFormat: '0.00%' })) },
      { sheet: 'Indicators', headerRow, ...reason, header: 'Reason', firstRow, cells: rows.map((r) => ({ value: `=stub reason for row ${r + 1}` })) },
    ];
    const outcomeColumn = header.indexOf('Outcomes');
    let outcome = '';
    const indicators: IndicatorResult[] = rows.map((r) => {
      const cells = grid.values[r];
      outcome = typeof cells[outcomeColumn] === 'string' ? (cells[outcomeColumn] as string) : outcome;
      return {
        sheet: 'Indicators',
        row: r,
        outcome,
        indicator: String(cells[1]),
        measure: '',
        polarity: '',
        previous: { display: String(cells[2] ?? '') },
        current: { display: String(cells[3] ?? '') },
        changePercent: r / 100,
        direction: '→',
        rag: 'A',
        overallRag: 'A',
        reason: 'stub',
        notLikeForLike: false,
        footnotes: [],
      };
    });
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
      sheets: [{ name: 'Indicators', kind: 'indicators', headerRow, firstRow, endRow }],
      indicators,
      outcomes: [],
      findings,
      plan: { columns, ownedSheets: [] },
      summary: { indicators: indicators.length, outcomes: new Set(indicators.map((i) => i.outcome)).size, errors, warnings: findings.length - errors },
    };
  };
}

export const COUNT_TEXT_ERROR: Finding = {
  code: 'V001',
  severity: 'error',
  sheet: 'Indicators',
  cell: 'E6',
  message: 'Previous count "about 2,400" is not a number.',
  fix: 'Type the count as a whole number, e.g. 2414.',
  raw: 'about 2,400',
};

export const PARTIAL_PERIOD_WARNING: Finding = {
  code: 'V020',
  severity: 'warning',
  sheet: 'Indicators',
  cell: 'D11',
  message: 'Current value "83 (April -Dec2016)" covers nine months, the previous value twelve: not like-for-like, so no arrow or RAG.',
  fix: 'Give a twelve-month figure, or accept the row unscored.',
};
