import { cellAddress, ColumnWrite, normaliseHeaderText, qualifiedAddress, WritePlan } from '../../engine';
import type { ExcelContext, ExcelWorksheet } from './ExcelContext';
import { outputArea, outputAreaAddress } from '../outputArea';
import { formulasProblem } from '../formulasProblem';
import { WriteProblem, WriteRefusedError, mergedCellsProblem } from '../WriteRefusedError';

/** What the checks learnt that the write needs. */
export interface WriteState {
  /**
   * The sheets that exist now, by lower-cased name, with their charts loaded (an owned sheet's are
   * deleted when it is rebuilt; loading them here costs no sync of its own).
   */
  readonly existingSheets: ReadonlyMap<string, ExcelWorksheet>;
}

/**
 * One sync of checks before anything is written: protected target sheets (input sheets with output
 * columns, and owned sheets that exist), a protected workbook structure when an owned sheet must be
 * added, merged cells or tables in any output column's area, formulas where a new column goes, and
 * output header cells holding other text. Throws WriteRefusedError listing every problem.
 */
export async function checkBeforeWrite(context: ExcelContext, plan: WritePlan): Promise<WriteState> {
  // Any chart property will do: a collection's items must be loaded before they can be deleted.
  const worksheets = context.workbook.worksheets.load(['items/name', 'items/protection/protected', 'items/charts/items/chartType']);
  const workbookProtection = context.workbook.protection.load('protected');
  const probes = plan.columns.map((write) => {
    const sheet = context.workbook.worksheets.getItem(write.sheet);
    const area = outputArea(write);
    const range = sheet.getRangeByIndexes(area.top, area.column, area.bottom - area.top + 1, 1);
    return {
      write,
      local: outputAreaAddress(write),
      merged: range.getMergedAreasOrNullObject().load('address'),
      tables: range.getTables(false).load('items/name'),
      header: sheet.getRangeByIndexes(write.headerRow, write.column, 1, 1).load('values'),
      // A new column's cells read as empty, but a formula there can show "". (A single cell is left
      // out: for one cell Excel searches the whole sheet; its header cell is checked below.)
      formulas: write.writeHeader && area.bottom > area.top ? range.getSpecialCellsOrNullObject('Formulas').load('address') : undefined,
    };
  });
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ItemNotFound') throw error;
    throw new WriteRefusedError(await missingSheetProblems(context, plan));
  }

  const existingSheets = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s]));
  const problems: WriteProblem[] = [];
  // Owned sheets that exist are rebuilt in place, which a protected structure allows; only adding one needs it unprotected.
  const toAdd = plan.ownedSheets.filter((s) => !existingSheets.has(s.name.toLowerCase()));
  if (workbookProtection.protected && toAdd.length > 0) {
    const names = toAdd.map((s) => `"${s.name}"`).join(' and ');
    problems.push({
      kind: 'protected',
      sheet: toAdd[0].name,
      cell: 'A1',
      message: `The workbook's structure is protected, so the ${names} ${toAdd.length === 1 ? 'sheet' : 'sheets'} cannot be added. Unprotect the workbook (Review > Protect Workbook) and calculate again.`,
    });
  }
  const isProtected = (sheet: string) => existingSheets.get(sheet.toLowerCase())?.protection.protected === true;
  for (const sheet of new Set(plan.columns.map((c) => c.sheet))) {
    if (isProtected(sheet)) {
      problems.push({
        kind: 'protected',
        sheet,
        cell: 'A1',
        message: `The sheet "${sheet}" is protected, so its output columns cannot be written. Unprotect it (Review > Unprotect Sheet) and calculate again.`,
      });
    }
  }
  for (const { name: sheet } of plan.ownedSheets) {
    if (isProtected(sheet)) {
      problems.push({
        kind: 'protected',
        sheet,
        cell: 'A1',
        message: `The sheet "${sheet}" is protected. The add-in rebuilds it on each calculation, so unprotect it (Review > Unprotect Sheet), or delete it to let the add-in build it afresh, then calculate again.`,
      });
    }
  }
  for (const { write, local, merged, tables, header, formulas } of probes) {
    const at = qualifiedAddress(write.sheet, local);
    if (formulas && !formulas.isNullObject) problems.push(formulasProblem(write, formulas.address));
    if (!merged.isNullObject) problems.push(mergedCellsProblem(write, merged.address));
    if (tables.items.length > 0) {
      const names = tables.items.map((t) => `"${t.name}"`).join(', ');
      problems.push({
        kind: 'table',
        sheet: write.sheet,
        cell: local,
        message: `The output column "${write.header}" (${at}) overlaps the Excel table ${names}. Convert the table to a range (Table Design > Convert to Range) or move it, then calculate again.`,
      });
    }
    const found = header.values[0]?.[0];
    const headerCell = cellAddress(write.headerRow, write.column);
    if (!headerMatches(found, write)) {
      problems.push({
        kind: 'header',
        sheet: write.sheet,
        cell: headerCell,
        message: write.writeHeader
          ? `${qualifiedAddress(write.sheet, headerCell)} holds "${String(found)}" where the output column "${write.header}" goes. Rename that header to "${write.header}" or move the column, then calculate again.`
          : `${qualifiedAddress(write.sheet, headerCell)} holds "${String(found)}" where the output column "${expectedHeader(write)}" was read; the header changed since the workbook was read. Calculate again.`,
      });
    }
  }
  if (problems.length > 0) throw new WriteRefusedError(problems);
  return { existingSheets };
}

/** Which of the plan's sheets are gone (renamed or deleted since the read): one more sync, on this failure path only. */
async function missingSheetProblems(context: ExcelContext, plan: WritePlan): Promise<WriteProblem[]> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const missing = [...new Set(plan.columns.map((c) => c.sheet))].filter((name) => !present.has(name.toLowerCase()));
  return missing.map((sheet) => ({
    kind: 'missingSheet',
    sheet,
    cell: 'A1',
    message: `The sheet "${sheet}" that the calculation read was not found; it may have been renamed or deleted since the workbook was read. Calculate again.`,
  }));
}

/** The header an existing output column was found under: the canonical one or a synonym the analyst typed. */
function expectedHeader(write: ColumnWrite): string {
  return write.typedHeader ?? write.header;
}

/**
 * An output header cell is fine when it is empty and about to get the canonical header, or, for a
 * column that already exists, still holds the header it was read under (spacing and case aside).
 */
function headerMatches(found: unknown, write: ColumnWrite): boolean {
  if (found === '' || found === null || found === undefined) return write.writeHeader;
  if (write.writeHeader) return typeof found === 'string' && normaliseHeaderText(found) === normaliseHeaderText(write.header);
  return typeof found === 'string' && normaliseHeaderText(found) === normaliseHeaderText(expectedHeader(write));
}
