/**
 * What the engine asks a host to write. Hosts write exactly this and nothing else: input cells are
 * never part of a plan. Rows and columns are 0-based sheet coordinates.
 */
export interface OutputCell {
  /** `null` empties the cell. Strings are always written as text, never as formulas. */
  readonly value: string | number | null;
  /** Excel number format, e.g. "0.00%" or "0.00". */
  readonly numberFormat?: string;
  /** Fill colour as "#RRGGBB". */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly wrapText?: boolean;
  /** An in-workbook link target such as "Indicators!E7". */
  readonly hyperlink?: string;
}

/** An emptied cell. One frozen object serves every cell a plan clears: hosts never modify plan cells. */
export const EMPTY_CELL: OutputCell = Object.freeze({ value: null });

/** One output column of a recognised input sheet: its header cell and the cells below it. */
export interface ColumnWrite {
  readonly sheet: string;
  readonly headerRow: number;
  readonly column: number;
  /** Canonical header text. */
  readonly header: string;
  /** True when the column is new and its header cell must be written; false when it already exists. */
  readonly writeHeader: boolean;
  /**
   * For a column that already exists: its header cell as it was read (the canonical header or one of
   * its synonyms, such as "Current Direction of Travel"). A host checks the cell still says this.
   */
  readonly typedHeader?: string;
  /** Sheet row of `cells[0]`. */
  readonly firstRow: number;
  /** One entry per row from `firstRow`; `null` leaves that cell exactly as it is. */
  readonly cells: ReadonlyArray<OutputCell | null>;
}

export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet the add-in owns (Dashboard, Validation): cleared and rebuilt whole on each write. */
export interface OwnedSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<OutputCell>>;
  readonly merges: ReadonlyArray<MergedArea>;
  /** Column widths in Excel character units. */
  readonly columnWidths?: ReadonlyArray<number>;
}

/** Chart kinds a host can draw: horizontal bars, vertical columns, a line with markers, bubbles. */
export type ChartKind = 'bar' | 'column' | 'line' | 'bubble';

/**
 * A native chart over a table on an owned sheet. Hosts that cannot draw charts (ExcelJS) skip it;
 * the table stays readable on its own. A chart whose sheet is not an owned sheet of the same plan is
 * not drawn, so charts never land on a user's sheet and are rebuilt with their sheet on each write.
 */
export interface ChartSpec {
  /** The owned sheet that holds both the chart and its table ("Charts"). */
  readonly sheet: string;
  readonly title: string;
  readonly type: ChartKind;
  /**
   * A1 range on `sheet` ("A4:B13"): a header row (series names), then one row per category, with the
   * category labels in the first column and one column per series (bubble: X, then Y and size).
   */
  readonly dataRange: string;
  /** "#RRGGBB" per series, in column order. */
  readonly seriesColours?: ReadonlyArray<string>;
  /** "#RRGGBB" per category of the first series (bar and column charts), overriding its series colour. */
  readonly pointColours?: ReadonlyArray<string>;
  /** The cells the chart covers, top-left and bottom-right ("D3", "K18"). */
  readonly position: { readonly topLeft: string; readonly bottomRight: string };
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** Print each point's value on the chart. */
  readonly dataLabels?: boolean;
  /** Show the legend; only worth it with more than one series. */
  readonly legend?: boolean;
}

export interface WritePlan {
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly ownedSheets: ReadonlyArray<OwnedSheet>;
  /** Drawn after the owned sheets are written; see ChartSpec. */
  readonly charts?: ReadonlyArray<ChartSpec>;
}

/** True for text Excel would take as a formula if typed: a leading =, +, - or @. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
