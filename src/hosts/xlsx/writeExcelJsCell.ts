import type ExcelJS from 'exceljs';
import type { OutputCell } from '../../engine';

/**
 * Writes one planned cell. The cell ends up exactly as the plan says (formatting the plan does not
 * give is cleared, so recalculating never leaves a stale RAG fill behind); only borders are kept.
 * A string is always stored as a string cell: ExcelJS makes formulas only from `{ formula }` objects.
 */
export function writeExcelJsCell(cell: ExcelJS.Cell, out: OutputCell): void {
  const border = cell.style?.border;
  if (out.hyperlink !== undefined && out.value !== null) {
    cell.value = { text: String(out.value), hyperlink: out.hyperlink };
  } else {
    cell.value = out.value;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (border) style.border = border;
  if (out.numberFormat !== undefined) style.numFmt = out.numberFormat;
  if (out.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(out.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (out.fontColor !== undefined) font.color = { argb: toArgb(out.fontColor) };
  if (out.bold !== undefined) font.bold = out.bold;
  if (out.italic !== undefined) font.italic = out.italic;
  if (out.hyperlink !== undefined && out.fontColor === undefined) font.color = { argb: 'FF0563C1' };
  if (Object.keys(font).length > 0) style.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (out.horizontalAlignment !== undefined) alignment.horizontal = out.horizontalAlignment;
  if (out.wrapText !== undefined) alignment.wrapText = out.wrapText;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  // A fresh style object: ExcelJS may share one style object between cells loaded from a file.
  cell.style = style as ExcelJS.Style;
}

/** "#C6EFCE" → "FFC6EFCE". */
export function toArgb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

/** "FFC6EFCE" → "#C6EFCE"; undefined for theme or indexed colours. */
export function fromArgb(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}
