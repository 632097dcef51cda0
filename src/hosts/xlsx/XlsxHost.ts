import ExcelJS from 'exceljs';
import { cellAddress, qualifiedAddress, type CellValue, type ColumnWrite, type OwnedSheet, type SheetGrid, type WritePlan } from '../../engine';
import { formulasProblem } from '../formulasProblem';
import { outputArea } from '../outputArea';
import { WriteProblem, WriteRefusedError, mergedCellsProblem } from '../WriteRefusedError';
import type { WorkbookPort } from '../WorkbookPort';
import { readExcelJsCell } from './readExcelJsCell';
import { writeExcelJsCell } from './writeExcelJsCell';

/** ExcelJS keeps tab order in this untyped field. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

const { ValueType } = ExcelJS;

/** The WorkbookPort over a loaded ExcelJS workbook (files). Saving is the caller's job. */
export class XlsxHost implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readSheets(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.map((sheet) => readWorksheet(sheet));
  }

  /**
   * Refuses with WriteRefusedError, before writing anything, when an output column crosses merged
   * cells or a new one would go over formulas, as the Office host does.
   */
  async write(plan: WritePlan): Promise<void> {
    const problems = plan.columns.flatMap((column) => this.problemsIn(column));
    if (problems.length > 0) throw new WriteRefusedError(problems);
    for (const column of plan.columns) this.writeColumn(column);
    for (const owned of plan.ownedSheets) this.rebuild(owned);
  }

  private problemsIn(write: ColumnWrite): WriteProblem[] {
    const problems: WriteProblem[] = [];
    // A formula showing "" (=IF(D2>100,"big","")) reads as empty, so a new column may be placed on it.
    // An existing output column is filled in place, formulas and all, as the Office host does.
    const formulas = write.writeHeader ? this.rowsIn(write, (cell) => cell.type === ValueType.Formula) : [];
    if (formulas.length > 0) {
      const ranges = rowRuns(formulas).map((run) => qualifiedAddress(write.sheet, runAddress(run, write.column)));
      problems.push(formulasProblem(write, shown(ranges)));
    }
    // ExcelJS would send each write to a merge's top-left cell, overwriting what the analyst typed there.
    const merged = this.rowsIn(write, (cell) => cell.isMerged);
    if (merged.length > 0) problems.push(mergedCellsProblem(write, shown(merged.map((row) => cellAddress(row, write.column)))));
    return problems;
  }

  /** The 0-based rows of the cells in an output column's area that `keep` picks, top to bottom. */
  private rowsIn(write: ColumnWrite, keep: (cell: ExcelJS.Cell) => boolean): number[] {
    const area = outputArea(write);
    const rows: number[] = [];
    this.sheet(write.sheet).getColumn(area.column + 1).eachCell((cell, rowNumber) => {
      if (rowNumber - 1 >= area.top && rowNumber - 1 <= area.bottom && keep(cell)) rows.push(rowNumber - 1);
    });
    return rows;
  }

  private writeColumn(write: ColumnWrite): void {
    const sheet = this.sheet(write.sheet);
    this.detachSharedFormulas(sheet, write);
    if (write.writeHeader) writeExcelJsCell(sheet.getCell(write.headerRow + 1, write.column + 1), { value: write.header, bold: true });
    write.cells.forEach((cell, i) => {
      if (cell) writeExcelJsCell(sheet.getCell(write.firstRow + i + 1, write.column + 1), cell);
    });
  }

  /**
   * A formula filled down or across is stored once, in its first cell, and the other cells refer to
   * it. ExcelJS cannot save such a cell once that first cell is overwritten (an existing output
   * column is filled in place), so the cells referring to an overwritten one get their own formula.
   */
  private detachSharedFormulas(sheet: ExcelJS.Worksheet, write: ColumnWrite): void {
    const overwritten = new Set<string>();
    write.cells.forEach((cell, i) => {
      const target = cell && sheet.findCell(write.firstRow + i + 1, write.column + 1);
      if (target && target.type === ValueType.Formula) overwritten.add(target.address);
    });
    if (overwritten.size === 0) return;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellSharedFormulaValue | null;
        if (cell.type === ValueType.Formula && typeof value?.sharedFormula === 'string' && overwritten.has(value.sharedFormula)) {
          cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
        }
      }),
    );
  }

  /** Owned sheets are replaced whole, keeping their place among the tabs. */
  private rebuild(owned: OwnedSheet): void {
    const existing = this.find(owned.name);
    let orderNo: number | undefined;
    if (existing) {
      orderNo = (existing as Ordered).orderNo;
      this.workbook.removeWorksheet(existing.id);
    }
    const sheet = this.workbook.addWorksheet(owned.name);
    if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;
    owned.rows.forEach((row, r) => row.forEach((cell, c) => writeExcelJsCell(sheet.getCell(r + 1, c + 1), cell)));
    for (const m of owned.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    (owned.columnWidths ?? []).forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
  }

  private find(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The write plan names a sheet that is not in the workbook: ${name}`);
    return sheet;
  }
}

/** A worksheet's values and number formats from A1 to its last non-empty cell. */
export function readWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  let rows = 0;
  let columns = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = readExcelJsCell(cell);
      if (value === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      (values[r] ??= [])[c] = value;
      if (cell.numFmt) (numberFormats[r] ??= [])[c] = cell.numFmt;
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, colNumber);
    });
  });
  const grid: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = values[r] ?? [];
    const row = new Array<CellValue>(columns);
    const formatRow = new Array<string | undefined>(columns);
    for (let c = 0; c < columns; c++) {
      row[c] = source[c] ?? null;
      formatRow[c] = numberFormats[r]?.[c];
    }
    grid.push(row);
    formats.push(formatRow);
  }
  return { name: sheet.name, values: grid, numberFormats: formats };
}

/** "E4, E5, E6 and 2 more": at most three addresses named. */
function shown(addresses: string[]): string {
  return addresses.length > 3 ? `${addresses.slice(0, 3).join(', ')} and ${addresses.length - 3} more` : addresses.join(', ');
}

/** Ascending rows as runs of consecutive rows: [3, 4, 5, 8] → [[3, 5], [8, 8]]. */
function rowRuns(rows: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** A run of rows in one column as an A1 cell or range: "E4" or "E4:E5". */
function runAddress([top, bottom]: [number, number], column: number): string {
  return top === bottom ? cellAddress(top, column) : `${cellAddress(top, column)}:${cellAddress(bottom, column)}`;
}
