import type { Finding } from '../findings/Finding';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import { cellAddress } from '../grid/address';
import { LocatedColumn, cellText } from '../sheets/locateTable';
import { parseCellValue, plainNumberValue } from '../values/parseCellValue';
import type { NumberValue, ParsedValue, PeriodSpan, UnreadableValue } from '../values/ParsedValue';
import { readPeriodSpan } from '../values/readPeriodSpan';
import { memoise } from '../memo/memoise';
import type { HarmEntry } from './RiskResult';
import type { RiskSettings, ScoreScale } from './RiskSettings';
import { formatRiskNumber, formatTypedNumber } from './formatRiskNumber';
import { AppliedProbabilityBand, probabilityFromVolume } from './probabilityFromVolume';
import { makeFinding } from '../findings/catalogue';

/** The columns a row is read from. */
export interface RiskInputColumns {
  readonly category?: number;
  readonly volume?: number;
  readonly probability?: number;
  readonly period?: number;
  readonly harms: ReadonlyArray<LocatedColumn>;
}

/** One row's inputs as read, before the sheet-wide steps (main period, ranking). */
export interface RiskRowInput {
  readonly row: number;
  readonly category: string;
  /** True when the row holds no input at all (no category, volume, probability or harm). */
  readonly empty: boolean;
  readonly volume?: number;
  readonly probability?: number;
  readonly probabilitySource: 'typed' | 'volume' | 'none';
  readonly appliedBand?: AppliedProbabilityBand;
  readonly harms: ReadonlyArray<HarmEntry>;
  /** Headers of the harm columns left blank (or `-`) on this row. */
  readonly blankHarms: ReadonlyArray<string>;
  /** The row's period as typed (Period cell, else a period in the Volume note). */
  readonly period?: string;
  /** The column the period was read from, for the finding's address. */
  readonly periodColumn?: number;
  /** True when the period is a part-year note on the Volume: the row's own, never the sheet's main period. */
  readonly partYearNote: boolean;
  /** The part of a year the volume covers, when the probability was derived from it (warning R010). */
  readonly partYear?: PeriodSpan;
  /** Errors block the row's calculation; warnings do not. */
  readonly errors: ReadonlyArray<Finding>;
  readonly warnings: ReadonlyArray<Finding>;
}

/** A score scale as named in an out-of-scale error. */
interface NamedScale {
  readonly range: ScoreScale;
  readonly name: string;
  readonly setting: string;
}

// Shared by every row with nothing to list: most rows have no errors, warnings or blank harms.
const NONE: ReadonlyArray<never> = Object.freeze([]);
// What readScore returns besides a number: a blank cell, or one whose error is already recorded.
const BLANK = undefined;
const UNREADABLE = null;
type Score = number | typeof BLANK | typeof UNREADABLE;

// How an unreadable Volume is described in warning R008, by the value reader's reason.
const VOLUME_PROBLEMS: Record<UnreadableValue['reason'], string> = {
  'excel-error': 'is an Excel error',
  'not-a-number': 'is not a number',
  'bad-annotation': 'starts with a number but what follows it cannot be read',
};

const scaleText = (scale: ScoreScale) => `${formatRiskNumber(scale.min)}-${formatRiskNumber(scale.max)}`;

// Whole-number scales up to this wide share their harm entries (a 1-18 scale has 18 per column).
const SHARED_SCALE_LIMIT = 1000;

/**
 * Harm entries are immutable and a column's scores repeat (whole numbers on a short scale), so each
 * column keeps one entry per whole score: on large sheets the per-row entries were most of what
 * survived to the garbage collector. Fractional scores get their own entry.
 */
function harmEntryMaker(harms: ReadonlyArray<LocatedColumn>, scale: ScoreScale): (harm: number, score: number) => HarmEntry {
  const min = Math.ceil(scale.min);
  const width = Math.floor(scale.max) - min + 1;
  const shared = width > 0 && width <= SHARED_SCALE_LIMIT ? harms.map(() => new Array<HarmEntry | undefined>(width)) : undefined;
  return (harm, score) => {
    const column = harms[harm];
    const slot = score - min;
    if (shared === undefined || !Number.isInteger(score) || slot < 0 || slot >= width || Object.is(score, -0)) {
      return { header: column.header, column: column.column, score };
    }
    const entries = shared[harm];
    return (entries[slot] ??= { header: column.header, column: column.column, score });
  };
}

/**
 * A reader for one sheet's rows. Everything that depends only on the columns and settings (column
 * letters, scale descriptions) is worked out once here rather than once a row. The reader returns
 * the same object for every row: take what you need from it before reading the next row.
 */
export function riskRowReader(grid: SheetGrid, columns: RiskInputColumns, settings: RiskSettings): (row: number) => RiskRowInput {
  const sheet = grid.name;
  const probabilityScale: NamedScale = { range: settings.probabilityScale, name: 'probability', setting: 'Probability scale' };
  const harmScale: NamedScale = { range: settings.harmScale, name: 'harm', setting: 'Harm scale' };

  // The row's filled harms are gathered here, then copied out at their exact length: growing a new
  // array a push at a time left every row's list with spare capacity (and more to collect).
  const harmScratch: HarmEntry[] = [];
  const harmEntry = harmEntryMaker(columns.harms, settings.harmScale);
  // A Period cell's span when it is part of a year; rows repeat a few labels.
  const partYearOf = memoise((label: string): PeriodSpan | undefined => {
    const span = readPeriodSpan(label);
    return span.partial ? span : undefined;
  });

  // Per-row state, reset by readRow; errors are created only when a row has one.
  let row = 0;
  let who = '';
  let errors: Finding[] | undefined;
  let notePeriod: PeriodSpan | undefined;

  const cellValue = (column: number) => cellAt(grid, row, column);
  const addError = (finding: Finding) => {
    if (errors === undefined) errors = [];
    errors.push(finding);
  };

  /** Checks one parsed score cell; unreadable and out-of-scale cells become errors on that cell. */
  const checkScore = (parsed: ParsedValue, column: number, header: string, scale: NamedScale | undefined): Score => {
    if (parsed.kind === 'no-data') return BLANK;
    if (parsed.kind === 'unreadable') {
      const key = parsed.reason === 'excel-error' ? 'excelError' : parsed.reason === 'bad-annotation' ? 'badAnnotation' : 'notANumber';
      addError(makeFinding(key, { sheet, cell: cellAddress(row, column) }, { what: `${header}${scale ? ' score' : ''} for ${who}`, raw: parsed.raw, example: '12', expected: 'a number' }));
      return UNREADABLE;
    }
    if (scale === undefined) {
      if (parsed.value < 0) {
        addError(makeFinding('negativeCount', { sheet, cell: cellAddress(row, column) }, { what: `${header} for ${who}`, raw: parsed.raw, parsed: String(parsed.value), expected: '0 or more' }));
        return UNREADABLE;
      }
    } else if (parsed.value < scale.range.min || parsed.value > scale.range.max) {
      const read = parsed.raw === String(parsed.value) ? parsed.raw : `${parsed.raw} (read as ${formatRiskNumber(parsed.value)})`;
      const range = scaleText(scale.range);
      addError(makeFinding('riskScoreOutOfScale', { sheet, cell: cellAddress(row, column) }, {
        header, category: who, read, scale: scale.name, range, setting: scale.setting,
        raw: parsed.raw, parsed: String(parsed.value), expected: `a score from ${range}`,
      }));
      return UNREADABLE;
    }
    return parsed.value;
  };
  const parse = (column: number) => parseCellValue(cellValue(column), numberFormatAt(grid, row, column));
  /** Reads one score cell: a plain number in range directly, anything else through parseCellValue. */
  const readScore = (column: number, header: string, scale: NamedScale | undefined): Score => {
    const value = plainNumberValue(cellValue(column));
    if (value !== undefined && (scale === undefined ? value >= 0 : value >= scale.range.min && value <= scale.range.max)) return value;
    return checkScore(parse(column), column, header, scale);
  };

  // One input object serves every row (a new one a row was garbage to collect); each row's arrays are its own.
  const input: { -readonly [K in keyof RiskRowInput]: RiskRowInput[K] } = {
    row: 0, category: '', empty: true, volume: undefined, probability: undefined, probabilitySource: 'none', appliedBand: undefined,
    harms: NONE, blankHarms: NONE, period: undefined, periodColumn: undefined, partYearNote: false, partYear: undefined, errors: NONE, warnings: NONE,
  };

  /**
   * Reads the Volume cell. A volume that cannot be used is returned as its parsed value, to become an
   * error or (beside a typed Probability, which makes the volume unused) a warning. A period named in
   * its note ("1,150 (Jan2016-Dec2016)") is kept in `notePeriod` (read only after this, once a row).
   */
  const readVolume = (column: number): number | typeof BLANK | NumberValue | UnreadableValue => {
    notePeriod = undefined;
    const value = plainNumberValue(cellValue(column));
    if (value !== undefined && value >= 0) return value;
    const parsed = parse(column);
    if (parsed.kind === 'no-data') return BLANK;
    if (parsed.kind === 'number') notePeriod = parsed.period;
    return parsed.kind === 'number' && parsed.value >= 0 ? parsed.value : parsed;
  };

  /** Warning R008: the Volume cannot be read, but a Probability is typed so it is not needed. */
  const volumeNotUsed = (parsed: NumberValue | UnreadableValue, column: number): Finding => {
    const negative = parsed.kind === 'number';
    return makeFinding('riskVolumeNotUsed', { sheet, cell: cellAddress(row, column) }, {
      raw: parsed.raw,
      category: who,
      problem: negative ? 'is negative' : VOLUME_PROBLEMS[parsed.reason],
      parsed: negative ? String(parsed.value) : undefined,
      expected: negative ? '0 or more' : 'a number',
    });
  };

  return function readRow(rowIndex: number): RiskRowInput {
    row = rowIndex;
    errors = undefined;
    let warnings: Finding[] | undefined;
    const category = columns.category === undefined ? '' : cellText(cellValue(columns.category)).trim();
    who = category === '' ? `row ${row + 1}` : category;

    const typed = columns.probability === undefined ? BLANK : readScore(columns.probability, 'Probability', probabilityScale);
    let volume: Score = BLANK;
    if (columns.volume !== undefined) {
      const read = readVolume(columns.volume);
      if (typeof read !== 'object') volume = read;
      // A typed Probability (even one with its own error) is used instead of the volume (issue 4 §3).
      else if (typed === BLANK) volume = checkScore(read, columns.volume, 'Volume', undefined);
      else {
        warnings = [volumeNotUsed(read, columns.volume)];
        volume = UNREADABLE;
      }
    }
    let filled = 0;
    let blankHarms: string[] | undefined;
    let harmInputs = 0;
    for (let h = 0; h < columns.harms.length; h++) {
      const column = columns.harms[h];
      const score = readScore(column.column, column.header, harmScale);
      if (typeof score === 'number') harmScratch[filled++] = harmEntry(h, score);
      else if (score === BLANK) (blankHarms ??= []).push(column.header);
      if (score !== BLANK) harmInputs++;
    }

    let probability: number | undefined;
    let probabilitySource: RiskRowInput['probabilitySource'] = 'none';
    let appliedBand: AppliedProbabilityBand | undefined;
    let belowBands: number | undefined;
    if (typeof typed === 'number') {
      probability = typed;
      probabilitySource = 'typed';
    } else if (typed === BLANK && typeof volume === 'number' && columns.volume !== undefined) {
      const band = probabilityFromVolume(volume, settings.probabilityBands);
      if (band === undefined) belowBands = volume;
      else if (band.score < settings.probabilityScale.min || band.score > settings.probabilityScale.max) {
        const range = scaleText(settings.probabilityScale);
        addError(makeFinding('riskDerivedProbabilityOutOfScale', { sheet, cell: cellAddress(row, columns.volume) }, {
          raw: formatRiskNumber(volume), category: who, score: formatRiskNumber(band.score), range,
          parsed: String(band.score), expected: `a probability from ${range}`,
        }));
      } else {
        appliedBand = band;
        probability = band.score;
        probabilitySource = 'volume';
      }
    }

    // The row's period: the Period cell as typed, else a period in the Volume cell's note.
    const typedPeriod = columns.period === undefined ? '' : cellText(cellValue(columns.period)).trim();
    let period: string | undefined;
    let periodColumn: number | undefined;
    let partYearNote = false;
    if (typedPeriod !== '') {
      period = typedPeriod;
      periodColumn = columns.period;
    } else if (notePeriod !== undefined) {
      period = notePeriod.label;
      periodColumn = columns.volume;
      partYearNote = notePeriod.partial;
    }
    // The bands are for a year of volume, so a part-year volume gives too low a probability.
    let partYear: PeriodSpan | undefined;
    if (appliedBand !== undefined && typeof volume === 'number' && columns.volume !== undefined) {
      partYear = notePeriod?.partial ? notePeriod : typedPeriod === '' ? undefined : partYearOf(typedPeriod);
      if (partYear !== undefined) {
        (warnings ??= []).push(makeFinding('riskPartYearVolume', { sheet, cell: cellAddress(row, columns.volume) }, {
          volume: formatTypedNumber(volume), category: who, period: partYear.label, score: formatRiskNumber(appliedBand.score),
          raw: cellText(cellValue(columns.volume)).trim(), parsed: partYear.label, expected: 'a volume for 12 months',
        }));
      }
    }

    const empty = category === '' && volume === BLANK && typed === BLANK && harmInputs === 0;
    if (category === '' && !empty) {
      addError(makeFinding('riskMissingCategory', { sheet, cell: cellAddress(row, columns.category ?? 0) }, { expected: 'a crime or incident type' }));
    }
    // Worded once every error is known: a row with an error is not scored at all, so not NO DATA.
    if (belowBands !== undefined && columns.volume !== undefined) {
      const outcome = errors === undefined ? ' and the row shows NO DATA' : '; the row is not scored anyway, because of the error on the same row';
      warnings = [makeFinding('riskVolumeBelowBands', { sheet, cell: cellAddress(row, columns.volume) }, { raw: formatRiskNumber(belowBands), category: who, outcome })];
    }
    input.row = row;
    input.category = category;
    input.empty = empty;
    input.volume = typeof volume === 'number' ? volume : undefined;
    input.probability = probability;
    input.probabilitySource = probabilitySource;
    input.appliedBand = appliedBand;
    input.harms = harmScratch.slice(0, filled);
    input.blankHarms = blankHarms ?? NONE;
    input.period = period;
    input.periodColumn = periodColumn;
    input.partYearNote = partYearNote;
    input.partYear = partYear;
    input.errors = errors ?? NONE;
    input.warnings = warnings ?? NONE;
    return input;
  };
}
