import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { unreadableFinding } from '../findings/unreadableFinding';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import type { NumberValue, ParsedValue, PeriodSpan } from '../values/ParsedValue';
import { parseCellValue, plainNumberValue } from '../values/parseCellValue';
import { isAboveHundredPercent, percentAboveHundredFinding } from '../validation/percentAboveHundredFinding';
import { FigureKind, MeasuredFigure, figureFromCounts, figureFromCountsWithoutInterval } from './measuredFigure';

/** Where a long-layout row keeps its figure: Count with Population, and/or Value. */
export interface FigureColumns {
  readonly count?: number;
  readonly population?: number;
  readonly value?: number;
}

export interface FigureCells {
  /** Undefined for no data (`-`, blank) and for rows with an error. */
  readonly figure?: MeasuredFigure;
  /** True when any figure cell holds something. */
  readonly hasInput: boolean;
  readonly findings: ReadonlyArray<Finding>;
  /** The period named in the note of the cell the figure was read from (`83 (April -Dec2017)`). */
  readonly notedPeriod?: NotedPeriod;
}

export interface NotedPeriod {
  readonly span: PeriodSpan;
  /** The cell as typed, and its column. */
  readonly raw: string;
  readonly column: number;
}

export interface FigureOptions {
  readonly kind: FigureKind;
  readonly level: number;
  /** True for Count indicators: a count without a population is the figure itself. */
  readonly countIsFigure: boolean;
  /** True when the caller never uses the interval (Trends): the figure is made without it. */
  readonly withoutInterval?: boolean;
}

/** Reads each data row's figure cells from fixed columns (see readFigureCells). */
export interface FigureCellsReader {
  read(row: number, options: FigureOptions): FigureCells;
  /** The column of the first figure cell (0 without any), for findings about a row's figure. */
  readonly firstColumn: number;
}

/** Shared by every row without a finding (most of them); never written to. */
const NO_FINDINGS: ReadonlyArray<Finding> = Object.freeze([]);

/**
 * Reads a row's figure. Counts with a population give the rate or proportion and its interval; a
 * Value gives the figure as typed, with no interval. Unreadable cells, negative counts, a count
 * without a population (and no Value), and a count above its total or a Value above 100% for a
 * percentage are errors.
 * Built once per sheet; a row's cells are parsed without intermediate objects, and cell addresses
 * are only made for findings.
 */
export function figureCellsReader(grid: SheetGrid, columns: FigureColumns): FigureCellsReader {
  const { count: countColumn, population: populationColumn, value: valueColumn } = columns;
  const parse = (row: number, column: number | undefined): ParsedValue | undefined =>
    column === undefined ? undefined : parseCellValue(cellAt(grid, row, column), numberFormatAt(grid, row, column));
  const at = (row: number, column: number) => ({ sheet: grid.name, cell: cellAddress(row, column) });

  const rawAt = (row: number, column: number): string => parse(row, column)!.raw;

  function read(row: number, options: FigureOptions): FigureCells {
    const countCell = countColumn === undefined ? null : cellAt(grid, row, countColumn);
    const populationCell = populationColumn === undefined ? null : cellAt(grid, row, populationColumn);
    const valueCell = valueColumn === undefined ? null : cellAt(grid, row, valueColumn);
    // Plain numbers and blanks (nearly every cell) are read without building a ParsedValue.
    let count = plainNumberValue(countCell);
    let base = plainNumberValue(populationCell);
    let typed = plainNumberValue(valueCell);
    let countPeriod: NotedPeriod | undefined;
    let valuePeriod: NotedPeriod | undefined;
    if ((count === undefined && countCell !== null) || (base === undefined && populationCell !== null) || (typed === undefined && valueCell !== null)) {
      const parsedCount = parse(row, countColumn);
      const parsedPopulation = parse(row, populationColumn);
      const parsedValue = parse(row, valueColumn);
      if (parsedCount?.kind === 'unreadable' || parsedPopulation?.kind === 'unreadable' || parsedValue?.kind === 'unreadable') {
        const hasInput = (parsedCount !== undefined && parsedCount.kind !== 'no-data')
          || (parsedPopulation !== undefined && parsedPopulation.kind !== 'no-data')
          || (parsedValue !== undefined && parsedValue.kind !== 'no-data');
        const findings: Finding[] = [];
        if (parsedCount?.kind === 'unreadable') findings.push(unreadableFinding(parsedCount, at(row, countColumn!), 'count', '2414'));
        if (parsedPopulation?.kind === 'unreadable') findings.push(unreadableFinding(parsedPopulation, at(row, populationColumn!), 'population', '2414'));
        if (parsedValue?.kind === 'unreadable') findings.push(unreadableFinding(parsedValue, at(row, valueColumn!), 'value', '47.21'));
        return { figure: undefined, hasInput, findings };
      }
      count = parsedCount?.kind === 'number' ? parsedCount.value : undefined;
      base = parsedPopulation?.kind === 'number' ? parsedPopulation.value : undefined;
      typed = parsedValue?.kind === 'number' ? parsedValue.value : undefined;
      if (parsedCount?.kind === 'number' && parsedCount.period) countPeriod = { span: parsedCount.period, raw: parsedCount.raw, column: countColumn! };
      if (parsedValue?.kind === 'number' && parsedValue.period) valuePeriod = { span: parsedValue.period, raw: parsedValue.raw, column: valueColumn! };
    }
    // Every cell is now a number or no data.
    const hasInput = count !== undefined || base !== undefined || typed !== undefined;

    if (count !== undefined) {
      const events = count;
      if (events < 0) {
        return failed(hasInput, makeFinding('negativeCount', at(row, countColumn!), { what: 'count', raw: rawAt(row, countColumn!), expected: 'zero or more' }));
      }
      if (base !== undefined && base < 0) {
        return failed(hasInput, makeFinding('negativeCount', at(row, populationColumn!), { what: 'population', raw: rawAt(row, populationColumn!), expected: 'more than zero' }));
      }
      if (base !== undefined && base > 0) {
        if (options.kind.kind === 'proportion' && events > base) {
          const total = rawAt(row, populationColumn!);
          return failed(hasInput, makeFinding('countAboveTotal', at(row, countColumn!), { raw: rawAt(row, countColumn!), total, expected: `a count of at most ${total}` }));
        }
        const figure = options.withoutInterval
          ? figureFromCountsWithoutInterval(events, base, options.kind, options.level)
          : figureFromCounts(events, base, options.kind, options.level);
        return noted({ figure, hasInput, findings: NO_FINDINGS }, countPeriod);
      }
      if (options.countIsFigure) return noted({ figure: { value: events, fromCounts: false, count: events }, hasInput, findings: NO_FINDINGS }, countPeriod);
      if (typed !== undefined) return typedFigure(row, typed, options, valuePeriod);
      const state = base === 0 ? 'zero' : populationColumn !== undefined ? 'missing' : 'missing (there is no Population column)';
      return failed(hasInput, makeFinding('missingDenominator', at(row, populationColumn ?? countColumn!), {
        what: 'population', state, count: rawAt(row, countColumn!), raw: populationColumn === undefined ? '' : rawAt(row, populationColumn), expected: 'a population or base greater than zero',
      }));
    }
    if (typed === undefined) return { figure: undefined, hasInput, findings: NO_FINDINGS };
    return typedFigure(row, typed, options, valuePeriod);
  }

  /**
   * The Value as the figure. For a Percentage indicator (figures are fractions) a Value above 100% is
   * an error and not used: 31.6 typed without % would otherwise be 3,160% and every comparison wrong.
   */
  function typedFigure(row: number, typed: number, options: FigureOptions, valuePeriod: NotedPeriod | undefined): FigureCells {
    if (options.kind.kind === 'proportion' && isAboveHundredPercent(typed)) {
      const parsed = parse(row, valueColumn) as NumberValue;
      return failed(true, percentAboveHundredFinding(at(row, valueColumn!), 'value', parsed));
    }
    return noted({ figure: { value: typed, fromCounts: false }, hasInput: true, findings: NO_FINDINGS }, valuePeriod);
  }

  return { read, firstColumn: countColumn ?? populationColumn ?? valueColumn ?? 0 };
}

/** The cells with the period their figure's note names, when it names one (rare: most cells are plain numbers). */
function noted(cells: FigureCells, notedPeriod: NotedPeriod | undefined): FigureCells {
  return notedPeriod === undefined ? cells : { ...cells, notedPeriod };
}

function failed(hasInput: boolean, finding: Finding): FigureCells {
  return { figure: undefined, hasInput, findings: [finding] };
}

/** One row's figure (see figureCellsReader); for a sheet's rows, make the reader once. */
export function readFigureCells(grid: SheetGrid, row: number, columns: FigureColumns, options: FigureOptions): FigureCells {
  return figureCellsReader(grid, columns).read(row, options);
}
