import { CalculationResult, cellAddress, columnLetter } from '../engine';

export interface JsonSummaryContext {
  readonly command: 'calculate' | 'check' | 'demo' | 'report';
  readonly input: string;
  /** Where the calculated workbook was saved (absent for check). */
  readonly output?: string;
  readonly exitCode: number;
  /** Why the calculated workbook could not be saved, when it could not. */
  readonly error?: string;
}

/**
 * The machine-readable summary written by --json: recognised sheets, indicator results, the output
 * columns written, every finding with its evidence, and the counts.
 */
export function jsonSummary(result: CalculationResult, context: JsonSummaryContext) {
  return {
    tool: 'safer-dashboard',
    command: context.command,
    input: context.input,
    output: context.output ?? null,
    exitCode: context.exitCode,
    ...(context.error !== undefined ? { error: context.error } : {}),
    // Rows are 0-based like every other coordinate here; headerRowNumber is the row as Excel numbers it.
    sheets: result.sheets.map((s) => ({ ...s, headerRowNumber: s.headerRow + 1 })),
    indicators: result.indicators,
    outcomes: result.outcomes,
    outputs: {
      columns: result.plan.columns.map((c) => ({
        sheet: c.sheet,
        header: c.header,
        column: columnLetter(c.column),
        added: c.writeHeader,
        range: `${cellAddress(c.firstRow, c.column)}:${cellAddress(c.firstRow + Math.max(c.cells.length, 1) - 1, c.column)}`,
        cellsWritten: c.cells.filter((cell) => cell !== null).length,
      })),
      ownedSheets: result.plan.ownedSheets.map((s) => ({ name: s.name, rows: s.rows.length })),
    },
    findings: result.findings,
    summary: result.summary,
  };
}
