import type { Finding } from '../findings/Finding';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import { cellAddress } from '../grid/address';
import { LocatedColumn, cellText } from '../sheets/locateTable';
import { parseCellValue } from '../values/parseCellValue';
import type { HarmEntry } from './RiskResult';
import type { RiskSettings, ScoreScale } from './RiskSettings';
import { formatRiskNumber } from './formatRiskNumber';
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
  /** A1 address of the Category cell (or the row's first cell when there is no Category column). */
  readonly categoryCell: string;
  /** True when the row holds no input at all (no category, volume, probability or harm). */
  readonly empty: boolean;
  readonly volume?: number;
  readonly probability?: number;
  readonly probabilitySource: 'typed' | 'volume' | 'none';
  readonly appliedBand?: AppliedProbabilityBand;
  readonly harms: ReadonlyArray<HarmEntry>;
  /** Headers of the harm columns left blank (or `-`) on this row. */
  readonly blankHarms: ReadonlyArray<string>;
  readonly period?: { readonly label: string; readonly cell: string };
  /** Errors block the row's calculation; warnings do not. */
  readonly errors: ReadonlyArray<Finding>;
  readonly warnings: ReadonlyArray<Finding>;
}

type Score = { kind: 'number'; value: number } | { kind: 'none' } | { kind: 'error' };

const scaleText = (scale: ScoreScale) => `${formatRiskNumber(scale.min)}-${formatRiskNumber(scale.max)}`;

export function readRiskRow(grid: SheetGrid, row: number, columns: RiskInputColumns, settings: RiskSettings): RiskRowInput {
  const sheet = grid.name;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const category = columns.category === undefined ? '' : cellText(cellAt(grid, row, columns.category)).trim();
  const categoryCell = cellAddress(row, columns.category ?? 0);
  const who = category === '' ? `row ${row + 1}` : category;

  /** Reads one score cell; unreadable and out-of-scale cells become errors on that cell. */
  const readScore = (column: number | undefined, header: string, scale?: { range: ScoreScale; name: string; setting: string }): Score => {
    if (column === undefined) return { kind: 'none' };
    const address = cellAddress(row, column);
    const parsed = parseCellValue(cellAt(grid, row, column), numberFormatAt(grid, row, column));
    if (parsed.kind === 'no-data') return { kind: 'none' };
    if (parsed.kind === 'unreadable') {
      const key = parsed.reason === 'excel-error' ? 'excelError' : parsed.reason === 'bad-annotation' ? 'badAnnotation' : 'notANumber';
      errors.push(makeFinding(key, { sheet, cell: address }, { what: `${header}${scale ? ' score' : ''} for ${who}`, raw: parsed.raw, example: '12', expected: 'a number' }));
      return { kind: 'error' };
    }
    if (scale === undefined) {
      if (parsed.value < 0) {
        errors.push(makeFinding('negativeCount', { sheet, cell: address }, { what: `${header} for ${who}`, raw: parsed.raw, parsed: String(parsed.value), expected: '0 or more' }));
        return { kind: 'error' };
      }
    } else if (parsed.value < scale.range.min || parsed.value > scale.range.max) {
      const read = parsed.raw === String(parsed.value) ? parsed.raw : `${parsed.raw} (read as ${formatRiskNumber(parsed.value)})`;
      const range = scaleText(scale.range);
      errors.push(makeFinding('riskScoreOutOfScale', { sheet, cell: address }, {
        header, category: who, read, scale: scale.name, range, setting: scale.setting,
        raw: parsed.raw, parsed: String(parsed.value), expected: `a score from ${range}`,
      }));
      return { kind: 'error' };
    }
    return { kind: 'number', value: parsed.value };
  };

  const volume = readScore(columns.volume, 'Volume');
  const typed = readScore(columns.probability, 'Probability', { range: settings.probabilityScale, name: 'probability', setting: 'Probability scale' });
  const harms: HarmEntry[] = [];
  const blankHarms: string[] = [];
  let harmInputs = 0;
  for (const column of columns.harms) {
    const score = readScore(column.column, column.header, { range: settings.harmScale, name: 'harm', setting: 'Harm scale' });
    if (score.kind === 'number') harms.push({ header: column.header, column: column.column, score: score.value });
    else if (score.kind === 'none') blankHarms.push(column.header);
    if (score.kind !== 'none') harmInputs++;
  }

  let probability: number | undefined;
  let probabilitySource: RiskRowInput['probabilitySource'] = 'none';
  let appliedBand: AppliedProbabilityBand | undefined;
  if (typed.kind === 'number') {
    probability = typed.value;
    probabilitySource = 'typed';
  } else if (typed.kind === 'none' && volume.kind === 'number') {
    appliedBand = probabilityFromVolume(volume.value, settings.probabilityBands);
    if (appliedBand) {
      probability = appliedBand.score;
      probabilitySource = 'volume';
    } else if (columns.volume !== undefined) {
      warnings.push(makeFinding('riskVolumeBelowBands', { sheet, cell: cellAddress(row, columns.volume) }, { raw: formatRiskNumber(volume.value), category: who }));
    }
  }

  const period = readPeriod(grid, row, columns);
  const empty = category === '' && volume.kind === 'none' && typed.kind === 'none' && harmInputs === 0;
  if (category === '' && !empty) {
    errors.push(makeFinding('riskMissingCategory', { sheet, cell: categoryCell }, { expected: 'a crime or incident type' }));
  }
  return {
    row,
    category,
    categoryCell,
    empty,
    volume: volume.kind === 'number' ? volume.value : undefined,
    probability,
    probabilitySource,
    appliedBand,
    harms,
    blankHarms,
    period,
    errors,
    warnings,
  };
}

/** The Period cell as typed; else a period named in the Volume cell's note ("1,150 (Jan2016-Dec2016)"). */
function readPeriod(grid: SheetGrid, row: number, columns: RiskInputColumns): { label: string; cell: string } | undefined {
  if (columns.period !== undefined) {
    const label = cellText(cellAt(grid, row, columns.period)).trim();
    if (label !== '') return { label, cell: cellAddress(row, columns.period) };
  }
  if (columns.volume !== undefined) {
    const parsed = parseCellValue(cellAt(grid, row, columns.volume), numberFormatAt(grid, row, columns.volume));
    if (parsed.kind === 'number' && parsed.period) return { label: parsed.period.label, cell: cellAddress(row, columns.volume) };
  }
  return undefined;
}
