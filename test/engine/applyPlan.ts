import type { CellValue, SheetGrid, WritePlan } from '../../src/engine';

/** What a host does with a plan's column writes, on plain grids: headers and cells written, `null` cells left alone. */
export function applyPlan(sheets: ReadonlyArray<SheetGrid>, plan: WritePlan): SheetGrid[] {
  return sheets.map((sheet) => {
    const values: CellValue[][] = sheet.values.map((row) => [...row]);
    const put = (row: number, column: number, value: CellValue) => {
      while (values.length <= row) values.push([]);
      const line = values[row];
      while (line.length <= column) line.push(null);
      line[column] = value;
    };
    for (const write of plan.columns.filter((c) => c.sheet === sheet.name)) {
      if (write.writeHeader) put(write.headerRow, write.column, write.header);
      write.cells.forEach((cell, i) => {
        if (cell !== null) put(write.firstRow + i, write.column, cell.value);
      });
    }
    return { name: sheet.name, values, numberFormats: sheet.numberFormats };
  });
}
