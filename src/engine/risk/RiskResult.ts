/** One partner's harm score for a category. */
export interface HarmEntry {
  /** The column header as typed, e.g. "Harm (Police)". */
  readonly header: string;
  readonly column: number;
  readonly score: number;
}

/** One row of the Risk Matrix after calculation: what the Dashboard, report and CLI show. */
export interface RiskResult {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly category: string;
  readonly volume?: number;
  /** The probability used: as typed, or derived from the volume. */
  readonly probability?: number;
  readonly probabilitySource: 'typed' | 'volume' | 'none';
  /** The filled harm cells (blank ones are left out). */
  readonly harms: ReadonlyArray<HarmEntry>;
  /** Mean of the filled harm cells. */
  readonly harmScore?: number;
  /** Population standard deviation of the filled harm cells (0 for fewer than two). */
  readonly harmSpread?: number;
  /** Probability × harm score. */
  readonly riskScore?: number;
  /** `LOW`, `MEDIUM`, `HIGH` (or the configured band labels) or `NO DATA`; undefined when not scored. */
  readonly rating?: string;
  /** 1 = highest risk score; ties share the better rank; undefined for NO DATA and unscored rows. */
  readonly rank?: number;
  /** The row's period (Period cell, else a period in the Volume note), as typed. */
  readonly period?: string;
  /** True when the row's period differs from the sheet's main period. */
  readonly periodDiffers: boolean;
  /** True when an error blocked the row's calculation. */
  readonly notScored: boolean;
  readonly reason: string;
}
