/** A period label read from a header, a period column or a value's note, with its length. */
export interface PeriodSpan {
  /** The label as written, e.g. "Apr2015-Mar2016" or "April -Dec2016". */
  readonly label: string;
  /** Months covered when the label names a span ("Apr-Sep 2022" → 6); undefined when unknown. */
  readonly months?: number;
  /** True when shorter than twelve months, or year-to-date ("tracking", "YTD"). */
  readonly partial: boolean;
}

/** A number read from a cell, keeping every annotation that came with it (contract §7). */
export interface NumberValue {
  readonly kind: 'number';
  /** Percentages are fractions: "28%" → 0.28. */
  readonly value: number;
  /** True when written with % or formatted as a percentage. */
  readonly isPercent: boolean;
  /** Footnote marks in order: ["*"], ["**"], ["†"]. */
  readonly footnotes: ReadonlyArray<string>;
  /** The bracketed note without brackets: "Q3 tracking". */
  readonly note?: string;
  /** A period read from the note, when the note names one. */
  readonly period?: PeriodSpan;
  /** The cell as typed/displayed. */
  readonly raw: string;
}

/** `-`, `n/a`, `N/A`, `..` or blank: no data, and not an error. */
export interface NoDataValue {
  readonly kind: 'no-data';
  readonly raw: string;
}

/** An Excel error value or text that cannot be read as a number. */
export interface UnreadableValue {
  readonly kind: 'unreadable';
  readonly raw: string;
  readonly reason: 'excel-error' | 'not-a-number' | 'bad-annotation';
}

export type ParsedValue = NumberValue | NoDataValue | UnreadableValue;
