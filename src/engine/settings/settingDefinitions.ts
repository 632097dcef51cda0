import { DEFAULT_SETTINGS, SettingKey, Settings } from './Settings';
import { defaultRiskBandColours, riskBandLabels } from '../risk/RiskSettings';
import {
  SettingCell,
  SettingRead,
  readChoice,
  readConfidenceLevel,
  readFraction,
  readInteger,
  readIntegerOrOff,
  readNameList,
  readColourList,
  readNumber,
  readNumberList,
  readProbabilityBands,
  readScale,
  readText,
} from './settingValueReaders';

/** One row of the Settings sheet: its name as typed, how its Value cell is read, and how it is written. */
export interface SettingDefinition<K extends SettingKey = SettingKey> {
  readonly key: K;
  /** The name in the Setting column (matched ignoring case and spacing). */
  readonly name: string;
  /** One line for the new Settings sheet and the README. */
  readonly description: string;
  /** What to type, for the finding's fix. */
  readonly expected: string;
  readonly read: (cell: SettingCell) => SettingRead<Settings[K]>;
  readonly format: (value: Settings[K]) => string;
  /**
   * A problem this value has with the other settings typed (checked once every row is read), with
   * the fallback used instead; undefined when they fit.
   */
  readonly conflict?: (value: Settings[K], typed: Partial<Settings>) => { readonly problem: string; readonly fallback: string } | undefined;
}

const percent = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;
const text = (value: string | number) => String(value);

/** Risk band colours must give one colour per band of Risk bands (typed or default). */
function bandCountConflict(colours: string[] | undefined, typed: Partial<Settings>) {
  if (colours === undefined) return undefined;
  const count = (typed.riskBands ?? DEFAULT_SETTINGS.riskBands).length + 1;
  if (colours.length === count) return undefined;
  return {
    problem: `it gives ${colours.length} colours but "Risk bands" makes ${count} bands (${riskBandLabels(count).join(', ')})`,
    fallback: defaultRiskBandColours(count).join(', '),
  };
}

function define<K extends SettingKey>(definition: SettingDefinition<K>): SettingDefinition {
  return definition as unknown as SettingDefinition;
}

/** Every global setting, in the order a new Settings sheet lists them. */
export const SETTING_DEFINITIONS: ReadonlyArray<SettingDefinition> = [
  define({ key: 'homeArea', name: 'Home area', description: 'The county as named on the Peers sheet (for Nearest Neighbour and County Comparison).', expected: 'the area name, e.g. Leicestershire', read: readText, format: text }),
  define({ key: 'stableTolerance', name: 'Stable tolerance', description: 'A change within ± this is stable (→). A plain number above 1 is read as a percentage: 5 means 5%.', expected: 'a percentage below 100%, e.g. 5%', read: readFraction, format: percent }),
  define({ key: 'redThreshold', name: 'Red threshold', description: 'A deterioration beyond this is Red; up to it, Amber. A plain number above 1 is a percentage.', expected: 'a percentage, e.g. 15%', read: readFraction, format: percent }),
  define({ key: 'overallRagMethod', name: 'Overall RAG method', description: "How an outcome's RAGs combine: mean (G=3, A=2, R=1, rounded half up), worst, or majority (ties go to the worse).", expected: 'mean, worst or majority', read: readChoice(['mean', 'worst', 'majority'] as const), format: text }),
  define({ key: 'directionMethod', name: 'Direction method', description: 'tolerance: the stable band decides; significance: confidence intervals decide (needs counts, else tolerance).', expected: 'tolerance or significance', read: readChoice(['tolerance', 'significance'] as const), format: text }),
  define({ key: 'confidenceLevel', name: 'Confidence level', description: 'Level of every confidence interval: 95% or 99.8%.', expected: '95% or 99.8%', read: readConfidenceLevel, format: percent }),
  define({ key: 'smallNumberThreshold', name: 'Small number threshold', description: 'Counts below this make rates and changes unstable, and the Reason says so.', expected: 'a whole number, e.g. 10', read: readInteger, format: text }),
  define({ key: 'suppressBelow', name: 'Suppress below', description: 'Counts from 1 to this minus 1 are written as * for publication; off to show every figure.', expected: 'a whole number of 2 or more, or off', read: readIntegerOrOff, format: (v: number | null) => (v === null ? 'off' : String(v)) }),
  define({ key: 'sanityBound', name: 'Sanity bound', description: 'A change beyond ± this asks the reviewer to confirm the figures.', expected: 'a percentage, e.g. 50%', read: readFraction, format: percent }),
  define({ key: 'riskBands', name: 'Risk bands', description: 'Inclusive upper bounds of the risk ratings, rising: up to the first is LOW, above the last is HIGH, and between them MEDIUM (MEDIUM 1, MEDIUM 2 … with three or more bounds).', expected: 'rising numbers separated by commas, e.g. 108, 216', read: readNumberList, format: (v: number[]) => v.join(', ') }),
  define({ key: 'riskBandColours', name: 'Risk band colours', description: 'Fills of the risk ratings from LOW to HIGH, one per band, as #RRGGBB separated by commas (green, amber, red and grey are understood too); the text is black or white, whichever reads better. Leave empty for #92D050, #FFC000 (each MEDIUM), #C00000, with the Risk chart in light-to-dark orange so that it prints in greyscale.', expected: 'one colour per risk band, low to high, e.g. #92D050, #FFC000, #C00000', read: readColourList, format: (v: string[] | undefined) => (v ?? []).join(', '), conflict: bandCountConflict }),
  define({ key: 'probabilityBands', name: 'Probability bands', description: 'Volume:score pairs; a volume from each threshold up to the next gets that probability score.', expected: 'rising volume:score pairs, e.g. 0:1, 10:3, 50:6', read: readProbabilityBands, format: (v: { minVolume: number; score: number }[]) => v.map((b) => `${b.minVolume}:${b.score}`).join(', ') }),
  define({ key: 'probabilityScale', name: 'Probability scale', description: 'The lowest and highest probability score.', expected: 'low-high, e.g. 1-18', read: readScale, format: (v: { min: number; max: number }) => `${v.min}-${v.max}` }),
  define({ key: 'harmScale', name: 'Harm scale', description: "The lowest and highest harm score a partner can give.", expected: 'low-high, e.g. 1-18', read: readScale, format: (v: { min: number; max: number }) => `${v.min}-${v.max}` }),
  define({ key: 'harmDisagreement', name: 'Harm disagreement', description: "Partners' harm scores spread wider than this (standard deviation, in points) raise a warning.", expected: 'a number of points, e.g. 3', read: readNumber, format: text }),
  define({ key: 'districts', name: 'Districts', description: 'District names separated by commas; leave empty to take the names on the Districts sheet as given.', expected: 'names separated by commas', read: readNameList, format: (v: string[] | undefined) => (v ?? []).join(', ') }),
  define({ key: 'spcRunLength', name: 'SPC run length', description: 'Points in a row on one side of the mean that signal a shift (NHS Making Data Count: 7).', expected: 'a whole number, e.g. 7', read: readInteger, format: text }),
  define({ key: 'spcTrendLength', name: 'SPC trend length', description: 'Consecutive rises or falls that signal a trend (NHS Making Data Count: 6).', expected: 'a whole number, e.g. 6', read: readInteger, format: text }),
];

/** Per-indicator entries: `Polarity: <indicator name>` and so on. */
export const INDICATOR_SETTING_PREFIXES = {
  polarity: { name: 'Polarity', description: 'Low is good, High is good, In range or No judgement for this indicator.' },
  range: { name: 'Range', description: 'The acceptable band for this In range indicator, e.g. 28%-40%.' },
  measure: { name: 'Measure', description: 'Rate per 1,000 / 10,000 / 100,000, Percentage, Count, Ratio or Score for this indicator.' },
  target: { name: 'Target', description: 'The target figure for this indicator, read with its polarity.' },
} as const;

export type IndicatorSettingField = keyof typeof INDICATOR_SETTING_PREFIXES;
