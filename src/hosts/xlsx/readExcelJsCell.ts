import type ExcelJS from 'exceljs';
import type { CellValue } from '../../engine';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * An ExcelJS cell as the engine sees it: rich text and hyperlinks as their plain text, formulas as
 * their cached result, dates as Excel serial numbers (the number format says how they display),
 * error values as CellError, and the hidden cells of a merged area as empty (as Excel reads them).
 */
export function readExcelJsCell(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value);
}

function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    if (typeof text === 'object' && text !== null && 'richText' in text) return plainValue(text as ExcelJS.CellRichTextValue);
    return text === undefined || text === null ? null : String(text);
  }
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return null;
}

/** A JavaScript date (ExcelJS reads them as UTC) as an Excel serial day number. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}
