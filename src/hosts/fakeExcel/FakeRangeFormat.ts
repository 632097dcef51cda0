import type { ExcelRangeFormat } from '../office/ExcelContext';
import type { CellRect } from './cellRect';
import { FakeClientObject } from './FakeClientObject';
import { FakeExcelError } from './FakeExcelError';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredCell, StoredSheet } from './FakeWorkbookStore';

type CellStyleKey = 'fill' | 'fontColor' | 'bold' | 'italic' | 'horizontalAlignment' | 'wrapText';

/** The cells a format acts on: one rectangle for a Range, one or more for a RangeAreas. */
export interface FormatTarget {
  readonly sheet: StoredSheet;
  readonly rects: ReadonlyArray<CellRect>;
}

/** Base for `format`, `format.fill` and `format.font`: all act on the cells of their range or areas. */
abstract class FakeFormatPart extends FakeClientObject<FormatTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly cells: () => FormatTarget | undefined,
  ) {
    super(context, path, { lazy: true });
  }

  protected findTarget(): FormatTarget | undefined {
    return this.cells();
  }

  /** The first cell's style, as Excel reports a uniform range (the fake does not mix). */
  protected styleOf({ sheet, rects }: FormatTarget, key: CellStyleKey): unknown {
    return sheet.cell(rects[0].top, rects[0].left)?.[key] ?? null;
  }

  protected setStyle(name: string, value: unknown, apply: (cell: StoredCell) => void): void {
    this.command(name, value, ({ sheet, rects }) => {
      if (sheet.protected) throw new FakeExcelError('AccessDenied', `${sheet.name} is protected.`);
      for (const rect of rects) for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) apply(sheet.cellForWrite(r, c));
    });
  }
}

export class FakeRangeFill extends FakeFormatPart {
  protected scalarNames() {
    return ['color'];
  }
  protected scalar(target: FormatTarget) {
    return this.styleOf(target, 'fill') ?? '#FFFFFF';
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    this.setStyle('color', value, (cell) => (cell.fill = value.toUpperCase()));
  }
  clear(): void {
    this.setStyle('clear', null, (cell) => delete cell.fill);
  }
}

export class FakeRangeFont extends FakeFormatPart {
  protected scalarNames() {
    return ['color', 'bold', 'italic'];
  }
  protected scalar(target: FormatTarget, name: string) {
    if (name === 'color') return this.styleOf(target, 'fontColor') ?? '#000000';
    return this.styleOf(target, name as CellStyleKey) ?? false;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    this.setStyle('color', value, (cell) => (cell.fontColor = value.toUpperCase()));
  }
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.setStyle('bold', value, (cell) => (cell.bold = value));
  }
  get italic(): boolean {
    return this.loaded('italic');
  }
  set italic(value: boolean) {
    this.setStyle('italic', value, (cell) => (cell.italic = value));
  }
}

export class FakeRangeFormat extends FakeFormatPart implements ExcelRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, path: string, cells: () => FormatTarget | undefined) {
    super(context, path, cells);
    this.fill = new FakeRangeFill(context, `${path}.fill`, cells);
    this.font = new FakeRangeFont(context, `${path}.font`, cells);
  }

  protected override navigation(name: string) {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  protected scalarNames() {
    return ['horizontalAlignment', 'wrapText', 'columnWidth'];
  }
  protected scalar(target: FormatTarget, name: string) {
    if (name === 'columnWidth') return target.sheet.columnWidths.get(target.rects[0].left) ?? 48;
    if (name === 'horizontalAlignment') return this.styleOf(target, 'horizontalAlignment') ?? 'General';
    return this.styleOf(target, 'wrapText') ?? false;
  }
  get horizontalAlignment(): string {
    return this.loaded('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.setStyle('horizontalAlignment', value, (cell) => (cell.horizontalAlignment = value));
  }
  get wrapText(): boolean {
    return this.loaded('wrapText');
  }
  set wrapText(value: boolean) {
    this.setStyle('wrapText', value, (cell) => (cell.wrapText = value));
  }
  get columnWidth(): number {
    return this.loaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.command('columnWidth', points, ({ sheet, rects }) => {
      for (const rect of rects) for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}
