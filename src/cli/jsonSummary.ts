import { CalculationResult, cellAddress, columnLetter } from '../engine';

export interface JsonSummaryContext {
  readonly command: 'calculate' | 'check' | 'demo' | 'report';
  readonly input: string;
  /** Where the calculated workbook was saved (absent when none was: check, report, a failed save). */
  readonly output?: string;
  readonly exitCode: number;
  /** Why the command could not finish (exit code 2), when it could not. */
  readonly error?: string;
  /** What the saved copy lacks that the input has ("charts", "macros"…). */
  readonly lost?: ReadonlyArray<string>;
}

/**
 * The machine-readable summary written by --json: recognised sheets, indicator results, the output
 * columns written (null when no workbook was saved), every finding with its evidence, and the counts.
 */
export function jsonSummary(result: CalculationResult, context: JsonSummaryContext) {
  return {
    tool: 'safer-dashboard',
    command: context.command,
    input: context.input,
    output: context.output ?? null,
    exitCode: context.exitCode,
    ...(context.error !== undefined ? { error: context.error } : {}),
    notKept: context.output === undefined ? [] : (context.lost ?? []),
    // Rows are 0-based like every other coordinate here; headerRowNumber and rowNumber are the rows as Excel numbers them.
    sheets: result.sheets.map((s) => ({ ...s, headerRowNumber: s.headerRow + 1 })),
    indicators: result.indicators.map((i) => ({ ...i, rowNumber: i.row + 1 })),
    outcomes: result.outcomes,
    outputs: context.output === undefined ? null : outputsWritten(result),
    findings: result.findings,
    summary: result.summary,
  };
}

function outputsWritten(result: CalculationResult) {
  return {
    columns: result.plan.columns.map((c) => ({
      sheet: c.sheet,
      header: c.header,
      column: columnLetter(c.column),
      added: c.writeHeader,
      range: `${cellAddress(c.firstRow, c.column)}:${cellAddress(c.firstRow + Math.max(c.cells.length, 1) - 1, c.column)}`,
      cellsWritten: c.cells.filter((cell) => cell !== null).length,
    })),
    ownedSheets: result.plan.ownedSheets.map((s) => ({ name: s.name, rows: s.rows.length })),
  };
}
