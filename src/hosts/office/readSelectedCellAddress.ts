import type { ExcelContext } from './ExcelContext';

export interface SelectedCell {
  readonly sheet: string;
  /** Unqualified A1 address of the active cell ("E7"). */
  readonly address: string;
}

/** The active cell, for "Explain": Excel gives "Indicators!E7" or "'Risk Matrix'!B4". */
export async function readSelectedCellAddress(context: ExcelContext): Promise<SelectedCell> {
  const cell = context.workbook.getActiveCell().load('address');
  await context.sync();
  const split = cell.address.lastIndexOf('!');
  const sheet = cell.address.slice(0, split).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, address: cell.address.slice(split + 1).replace(/\$/g, '') };
}
