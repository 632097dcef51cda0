import { z } from 'zod';
import { DEFAULT_PROBABILITY_BANDS } from '../risk/RiskSettings';
import { MEASURES } from '../indicators/Measure';
import { POLARITIES } from '../indicators/Polarity';

const scale = z.object({ min: z.number(), max: z.number() }).refine((s) => s.min < s.max, 'the low end must be below the high end');

const ascending = (values: ReadonlyArray<number>) => values.every((v, i) => i === 0 || v > values[i - 1]);

/** Per-indicator settings from `Polarity: <indicator>`, `Range: …`, `Measure: …`, `Target: …` rows. */
export const indicatorSettingsSchema = z.object({
  /** The indicator's name as typed on the Settings sheet. */
  name: z.string(),
  polarity: z.enum(POLARITIES).optional(),
  measure: z.enum(MEASURES).optional(),
  range: z.object({ low: z.number(), high: z.number() }).refine((r) => r.low <= r.high).optional(),
  target: z.number().optional(),
});

/**
 * Every setting, with its documented default (contract §6, §8a). Fractions are stored as fractions
 * (5% → 0.05). The Settings sheet is optional: `settingsSchema.parse({})` is the full default set.
 */
export const settingsSchema = z.object({
  /** The county as named on the Peers sheet. */
  homeArea: z.string().trim().min(1).default('Leicestershire'),
  /** Relative change within ± this fraction is stable (→). */
  stableTolerance: z.number().min(0).lt(1).default(0.05),
  /** Deterioration beyond this fraction is Red. */
  redThreshold: z.number().gt(0).max(10).default(0.15),
  /** How an outcome's indicator RAGs combine: mean (G=3, A=2, R=1, rounded half up), worst, majority. */
  overallRagMethod: z.enum(['mean', 'worst', 'majority']).default('mean'),
  /** tolerance (default) or significance (confidence intervals; needs counts, else tolerance). */
  directionMethod: z.enum(['tolerance', 'significance']).default('tolerance'),
  /** Two-sided confidence level for intervals: 0.95 or 0.998. */
  confidenceLevel: z.union([z.literal(0.95), z.literal(0.998)]).default(0.95),
  /** Counts below this make rates and changes unstable. */
  smallNumberThreshold: z.number().int().min(0).default(10),
  /** Counts from 1 to this minus 1 are written as `*` for publication; null is off. */
  suppressBelow: z.number().int().min(2).nullable().default(null),
  /** A change beyond ± this fraction asks the reviewer to confirm the figures. */
  sanityBound: z.number().gt(0).max(100).default(0.5),
  /** Inclusive upper bounds of LOW, MEDIUM (… the last band open): 0-108 LOW, 109-216 MEDIUM, 217+ HIGH. */
  riskBands: z.array(z.number()).min(1).refine(ascending, 'the bounds must rise from left to right').default([108, 216]),
  /**
   * Fills of the risk ratings, LOW to HIGH, one per band ("#RRGGBB"). Undefined: green, amber for
   * each MEDIUM band, red (DEFAULT_RISK_BAND_COLOURS) on the ratings, and the Risk chart keeps its
   * greyscale-safe ramp; set, they colour the ratings, the hierarchy and the chart alike.
   */
  riskBandColours: z.array(z.string().regex(/^#[0-9A-F]{6}$/)).min(2).optional(),
  /** Volume thresholds to probability scores (see DEFAULT_PROBABILITY_BANDS). */
  probabilityBands: z
    .array(z.object({ minVolume: z.number().min(0), score: z.number() }))
    .min(1)
    .refine((bands) => ascending(bands.map((b) => b.minVolume)), 'the volumes must rise from left to right')
    .default(DEFAULT_PROBABILITY_BANDS.map((b) => ({ ...b }))),
  probabilityScale: scale.default({ min: 1, max: 18 }),
  harmScale: scale.default({ min: 1, max: 18 }),
  /** Standard deviation of partners' harm scores above which a warning is raised. */
  harmDisagreement: z.number().min(0).default(3),
  /** District names; undefined: the names on the Districts sheet are taken as given. */
  districts: z.array(z.string().min(1)).min(1).optional(),
  /** SPC: points in a run on one side of the mean (NHS Making Data Count). */
  spcRunLength: z.number().int().min(2).default(7),
  /** SPC: consecutive increases or decreases (NHS Making Data Count). */
  spcTrendLength: z.number().int().min(2).default(6),
  /** Per-indicator entries keyed by the normalised indicator name (normaliseHeaderText). */
  indicators: z.record(z.string(), indicatorSettingsSchema).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type IndicatorSettings = z.infer<typeof indicatorSettingsSchema>;
export type SettingKey = Exclude<keyof Settings, 'indicators'>;

export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));
