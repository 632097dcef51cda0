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

/** One output column of a recognised input sheet: its header cell and the cells below it. */
export interface ColumnWrite {
  readonly sheet: string;
  readonly headerRow: number;
  readonly column: number;
  /** Canonical header text. */
  readonly header: string;
  /** True when the column is new and its header cell must be written; false when it already exists. */
  readonly writeHeader: boolean;
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

export interface WritePlan {
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly ownedSheets: ReadonlyArray<OwnedSheet>;
}

/** True for text Excel would take as a formula if typed: a leading =, +, - or @. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
