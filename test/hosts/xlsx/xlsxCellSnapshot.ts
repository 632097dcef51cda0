import type ExcelJS from 'exceljs';

/**
 * Every cell of a workbook that holds a value or a style, as "Sheet!A1" → JSON of its value, type and
 * style, for byte-level before/after comparisons.
 */
export function xlsxCellSnapshot(workbook: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value === null && Object.keys(cell.style ?? {}).length === 0) return;
        out[`${sheet.name}!${cell.address}`] = JSON.stringify({ type: cell.type, value: cell.value, style: cell.style });
      }),
    );
  }
  return out;
}
