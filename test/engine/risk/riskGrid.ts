import {
  CellValue,
  ColumnWrite,
  DEFAULT_RISK_SETTINGS,
  RiskSettings,
  SheetGrid,
  calculateRiskSheet,
  locateRiskTable,
} from '../../../src/engine';

export const HEADERS = ['Category', 'Volume', 'Probability', 'Harm (Police)', 'Harm (County Council)', 'Harm (Fire)', 'Period'];

/** A Risk Matrix with a title row above the header (header on sheet row 2, data from row 3). */
export function riskGrid(rows: CellValue[][], headers: CellValue[] = HEADERS): SheetGrid {
  return { name: 'Risk Matrix', values: [['Risk Rating by Harm Scores - 2016/17'], headers, ...rows] };
}

export function calculate(grid: SheetGrid, settings: RiskSettings = DEFAULT_RISK_SETTINGS) {
  const located = locateRiskTable(grid);
  if (!located) throw new Error(`${grid.name} not recognised as a Risk Matrix`);
  return calculateRiskSheet(grid, located.table, settings);
}

/** The grid as a host would leave it after writing the columns (headers and values only). */
export function applyColumns(grid: SheetGrid, columns: ReadonlyArray<ColumnWrite>): SheetGrid {
  const values = grid.values.map((row) => [...row]);
  const put = (row: number, column: number, value: CellValue) => {
    while (values.length <= row) values.push([]);
    while (values[row].length <= column) values[row].push(null);
    values[row][column] = value;
  };
  for (const write of columns) {
    if (write.writeHeader) put(write.headerRow, write.column, write.header);
    write.cells.forEach((cell, i) => {
      if (cell !== null) put(write.firstRow + i, write.column, cell.value);
    });
  }
  return { name: grid.name, values };
}

export function column(columns: ReadonlyArray<ColumnWrite>, header: string): ColumnWrite {
  const found = columns.find((c) => c.header === header);
  if (!found) throw new Error(`no ${header} column`);
  return found;
}
