import { textColourOn } from './textColourOn';

/** One risk band: scores up to and including `upTo` (the last band has no upper bound). */
export interface RiskBand {
  /** The rating written in the cell: `LOW`, `MEDIUM` (or `MEDIUM 1`, `MEDIUM 2` …), `HIGH`. */
  readonly label: string;
  /** Inclusive upper bound; undefined for the top band. */
  readonly upTo?: number;
  /** Fill as "#RRGGBB"; the label is always written too, so colour is never the only signal. */
  readonly fill: string;
  readonly fontColor: string;
}

/** A volume threshold: volumes from `minVolume` up to the next band's threshold score `score`. */
export interface ProbabilityBand {
  readonly minVolume: number;
  readonly score: number;
}

/** An inclusive score range, e.g. 1-18. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

/** The settings the Risk Matrix needs (contract §5, §6). */
export interface RiskSettings {
  /** Ascending by `upTo`; the last band is open-ended. */
  readonly bands: ReadonlyArray<RiskBand>;
  /** Ascending by `minVolume`. */
  readonly probabilityBands: ReadonlyArray<ProbabilityBand>;
  readonly probabilityScale: ScoreScale;
  readonly harmScale: ScoreScale;
  /** Standard deviation of the partners' harm scores above which a warning is raised. */
  readonly harmDisagreement: number;
}

export const NO_DATA_RATING = 'NO DATA';
export const NO_DATA_FILL = '#BFBFBF';
export const NO_DATA_FONT_COLOR = '#000000';

/** The rating fills when `Risk band colours` is not set: green LOW, amber for each MEDIUM band, red HIGH. */
export const DEFAULT_RISK_BAND_COLOURS = { low: '#92D050', medium: '#FFC000', high: '#C00000' } as const;

/** The ratings of `count` bands, low to high: LOW, HIGH (two); LOW, MEDIUM, HIGH (three); LOW, MEDIUM 1 … MEDIUM n, HIGH. */
export function riskBandLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return 'LOW';
    if (i === count - 1) return 'HIGH';
    return count === 3 ? 'MEDIUM' : `MEDIUM ${i}`;
  });
}

/** The default fills of `count` bands, low to high. */
export function defaultRiskBandColours(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? DEFAULT_RISK_BAND_COLOURS.low : i === count - 1 ? DEFAULT_RISK_BAND_COLOURS.high : DEFAULT_RISK_BAND_COLOURS.medium));
}

/**
 * Bands from ascending inclusive upper bounds: [108, 216] gives LOW ≤ 108 < MEDIUM ≤ 216 < HIGH.
 * One bound gives LOW and HIGH; more than two give LOW, MEDIUM 1, MEDIUM 2 …, HIGH (riskBandLabels).
 * `fills` colours the bands low to high ("#RRGGBB"), the text black or white by contrast; without
 * one fill per band the default colours are used.
 */
export function riskBandsFromUpperBounds(upperBounds: ReadonlyArray<number>, fills?: ReadonlyArray<string>): RiskBand[] {
  const count = upperBounds.length + 1;
  const labels = riskBandLabels(count);
  const colours = fills !== undefined && fills.length === count ? fills : defaultRiskBandColours(count);
  // Every band has the same keys (the top band's upTo is undefined): code reading bands row after row
  // stays monomorphic instead of being deoptimised by the first HIGH score.
  return labels.map((label, i) => ({ label, fill: colours[i], fontColor: textColourOn(colours[i]), upTo: i < upperBounds.length ? upperBounds[i] : undefined }));
}

/**
 * Default probability scale (1-18) from a category's annual county-wide volume: roughly one step per
 * doubling-to-fivefold rise in volume, so that a few incidents a year score 1 and the highest-volume
 * types (ASB, around 17,000 a year in the seed county) score the maximum 18.
 *
 * | volume        | score |
 * |---------------|-------|
 * | 0 to 9        | 1     |
 * | 10 to 49      | 3     |
 * | 50 to 249     | 6     |
 * | 250 to 999    | 9     |
 * | 1,000 to 4,999| 12    |
 * | 5,000 to 9,999| 15    |
 * | 10,000 or more| 18    |
 */
export const DEFAULT_PROBABILITY_BANDS: ReadonlyArray<ProbabilityBand> = [
  { minVolume: 0, score: 1 },
  { minVolume: 10, score: 3 },
  { minVolume: 50, score: 6 },
  { minVolume: 250, score: 9 },
  { minVolume: 1_000, score: 12 },
  { minVolume: 5_000, score: 15 },
  { minVolume: 10_000, score: 18 },
];

/** The published model: bands 0-108, 109-216, 217+; both scales 1-18 (maximum 18 × 18 = 324). */
export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  bands: riskBandsFromUpperBounds([108, 216]),
  probabilityBands: DEFAULT_PROBABILITY_BANDS,
  probabilityScale: { min: 1, max: 18 },
  harmScale: { min: 1, max: 18 },
  harmDisagreement: 3,
};
