import { CellValue, SheetGrid, calculateWorkbook, type CalculationResult, type ColumnWrite } from '../../../src/engine';

/** A small Indicators sheet naming each indicator with its polarity and measure (and a current value). */
export function indicatorsGrid(rows: ReadonlyArray<[string, string, string]>): SheetGrid {
  return {
    name: 'Indicators',
    values: [['Indicator', 'Polarity', 'Measure', 'Current value'], ...rows.map(([name, polarity, measure]) => [name, polarity, measure, 100])],
  };
}

export function settingsGrid(rows: ReadonlyArray<[string, CellValue]>): SheetGrid {
  return { name: 'Settings', values: [['Setting', 'Value'], ...rows.map(([k, v]) => [k, v])] };
}

export function calculate(...sheets: SheetGrid[]): CalculationResult {
  return calculateWorkbook(sheets);
}

/** The written column of a sheet with this canonical header. */
export function columnOf(result: CalculationResult, sheet: string, header: string): ColumnWrite {
  const write = result.plan.columns.find((c) => c.sheet === sheet && c.header === header);
  if (!write) throw new Error(`${sheet} has no ${header} column in the plan`);
  return write;
}

/** The value written on a 0-based sheet row of a column (undefined when the cell is left alone). */
export function writtenAt(result: CalculationResult, sheet: string, header: string, row: number): CellValue | undefined {
  const write = columnOf(result, sheet, header);
  const cell = write.cells[row - write.firstRow];
  return cell === null || cell === undefined ? undefined : cell.value;
}
