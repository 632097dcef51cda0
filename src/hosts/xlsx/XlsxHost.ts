import type ExcelJS from 'exceljs';
import { type CellValue, type ColumnWrite, type OwnedSheet, type SheetGrid, type WritePlan } from '../../engine';
import { outputArea } from '../outputArea';
import { WriteProblem, WriteRefusedError, mergedCellsProblem } from '../WriteRefusedError';
import type { WorkbookPort } from '../WorkbookPort';
import { readExcelJsCell } from './readExcelJsCell';
import { writeExcelJsCell } from './writeExcelJsCell';

/** ExcelJS keeps tab order in this untyped field. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** The WorkbookPort over a loaded ExcelJS workbook (files). Saving is the caller's job. */
export class XlsxHost implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readSheets(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.map((sheet) => readWorksheet(sheet));
  }

  /** Refuses with WriteRefusedError, before writing anything, when an output column crosses merged cells. */
  async write(plan: WritePlan): Promise<void> {
    const problems = plan.columns.flatMap((column) => this.mergedCellsIn(column));
    if (problems.length > 0) throw new WriteRefusedError(problems);
    for (const column of plan.columns) this.writeColumn(column);
    for (const owned of plan.ownedSheets) this.rebuild(owned);
  }

  /**
   * A merged cell in an output column's area: ExcelJS would send each write to the merge's top-left
   * cell, overwriting what the analyst typed there, so the column is refused as in Excel.
   */
  private mergedCellsIn(write: ColumnWrite): WriteProblem[] {
    const area = outputArea(write);
    const merged: string[] = [];
    this.sheet(write.sheet).getColumn(area.column + 1).eachCell((cell, rowNumber) => {
      if (rowNumber - 1 >= area.top && rowNumber - 1 <= area.bottom && cell.isMerged) merged.push(cell.address);
    });
    if (merged.length === 0) return [];
    const shown = merged.length > 3 ? `${merged.slice(0, 3).join(', ')} and ${merged.length - 3} more` : merged.join(', ');
    return [mergedCellsProblem(write, shown)];
  }

  private writeColumn(write: ColumnWrite): void {
    const sheet = this.sheet(write.sheet);
    if (write.writeHeader) writeExcelJsCell(sheet.getCell(write.headerRow + 1, write.column + 1), { value: write.header, bold: true });
    write.cells.forEach((cell, i) => {
      if (cell) writeExcelJsCell(sheet.getCell(write.firstRow + i + 1, write.column + 1), cell);
    });
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
