import { addChart } from './addChart';
import { areasAddress } from './areasAddress';
import type { ExcelContext, ExcelWorksheet } from './ExcelContext';
import type { WriteOp } from './WriteOp';

/**
 * Worksheet proxies of one sync by lower-cased name, looked up once each. It starts with the sheets
 * checkBeforeWrite loaded, whose charts are loaded too, so clearSheet can delete them.
 */
export type SheetLookup = Map<string, ExcelWorksheet>;

/** Queues one planned command on the context (nothing is sent until the caller syncs). */
export function applyWriteOp(context: ExcelContext, sheets: SheetLookup, op: WriteOp): void {
  const sheet = (name: string): ExcelWorksheet => {
    let found = sheets.get(name.toLowerCase());
    if (!found) sheets.set(name.toLowerCase(), (found = context.workbook.worksheets.getItem(name)));
    return found;
  };
  switch (op.kind) {
    case 'addSheet':
      sheets.set(op.sheet.toLowerCase(), context.workbook.worksheets.add(op.sheet));
      return;
    case 'clearSheet': {
      // Emptied, never deleted: deleting a sheet turns every formula, name or chart pointing at it
      // into #REF! for good, moves it to the last tab and loses its tab colour and page setup.
      const target = sheet(op.sheet);
      for (const chart of target.charts.items) chart.delete();
      const used = target.getUsedRange();
      used.unmerge();
      used.clear('All');
      return;
    }
    case 'values':
      sheet(op.sheet).getRangeByIndexes(op.row, op.column, op.values.length, op.values[0].length).values = op.values.map((r) => [...r]);
      return;
    case 'numberFormat': {
      const { formats } = op;
      sheet(op.sheet).getRangeByIndexes(op.row, op.column, op.rowCount, op.columnCount).numberFormat = typeof formats === 'string' ? formats : formats.map((r) => [...r]);
      return;
    }
    case 'style': {
      const [first] = op.areas;
      const format =
        op.areas.length === 1
          ? sheet(op.sheet).getRangeByIndexes(first.row, first.column, first.rowCount, first.columnCount).format
          : sheet(op.sheet).getRanges(areasAddress(op.areas)).format;
      const { style } = op;
      if (style.clearFill) format.fill.clear();
      if (style.fill !== undefined) format.fill.color = style.fill;
      if (style.fontColor !== undefined) format.font.color = style.fontColor;
      if (style.bold !== undefined) format.font.bold = style.bold;
      if (style.italic !== undefined) format.font.italic = style.italic;
      if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
      if (style.wrapText !== undefined) format.wrapText = style.wrapText;
      return;
    }
    case 'hyperlink':
      sheet(op.sheet).getRangeByIndexes(op.row, op.column, 1, 1).hyperlink = { documentReference: op.target, textToDisplay: op.text };
      return;
    case 'merge':
      sheet(op.sheet)
        .getRangeByIndexes(op.area.top, op.area.left, op.area.bottom - op.area.top + 1, op.area.right - op.area.left + 1)
        .merge(false);
      return;
    case 'columnWidth':
      sheet(op.sheet).getRangeByIndexes(0, op.column, 1, 1).format.columnWidth = op.points;
      return;
    case 'chart':
      addChart(sheet(op.spec.sheet), op.spec);
      return;
  }
}
