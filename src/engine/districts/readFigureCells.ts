import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { unreadableFinding } from '../findings/unreadableFinding';
import { cellAddress } from '../grid/address';
import type { SheetGrid } from '../grid/CellGrid';
import type { ParsedValue } from '../values/ParsedValue';
import { parseCellValue } from '../values/parseCellValue';
import { FigureKind, MeasuredFigure, figureFromCounts } from './measuredFigure';

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
}

export interface FigureOptions {
  readonly kind: FigureKind;
  readonly level: number;
  /** True for Count indicators: a count without a population is the figure itself. */
  readonly countIsFigure: boolean;
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
 * without a population (and no Value), and a count above its total for a percentage are errors.
 * Built once per sheet; a row's cells are parsed without intermediate objects, and cell addresses
 * are only made for findings.
 */
export function figureCellsReader(grid: SheetGrid, columns: FigureColumns): FigureCellsReader {
  const { count: countColumn, population: populationColumn, value: valueColumn } = columns;
  const parse = (row: number, column: number | undefined): ParsedValue | undefined =>
    column === undefined ? undefined : parseCellValue(grid.values[row]?.[column] ?? null, grid.numberFormats?.[row]?.[column]);
  const at = (row: number, column: number) => ({ sheet: grid.name, cell: cellAddress(row, column) });

  function read(row: number, options: FigureOptions): FigureCells {
    const count = parse(row, countColumn);
    const population = parse(row, populationColumn);
    const value = parse(row, valueColumn);
    const hasInput = (count !== undefined && count.kind !== 'no-data')
      || (population !== undefined && population.kind !== 'no-data')
      || (value !== undefined && value.kind !== 'no-data');

    if (count?.kind === 'unreadable' || population?.kind === 'unreadable' || value?.kind === 'unreadable') {
      const findings: Finding[] = [];
      if (count?.kind === 'unreadable') findings.push(unreadableFinding(count, at(row, countColumn!), 'count', '2414'));
      if (population?.kind === 'unreadable') findings.push(unreadableFinding(population, at(row, populationColumn!), 'population', '2414'));
      if (value?.kind === 'unreadable') findings.push(unreadableFinding(value, at(row, valueColumn!), 'value', '47.21'));
      return { figure: undefined, hasInput, findings };
    }

    const typed = value?.kind === 'number' ? value.value : undefined;
    if (count?.kind === 'number') {
      const events = count.value;
      if (events < 0) {
        return failed(hasInput, makeFinding('negativeCount', at(row, countColumn!), { what: 'count', raw: count.raw, expected: 'zero or more' }));
      }
      const base = population?.kind === 'number' ? population.value : undefined;
      if (base !== undefined && base < 0) {
        return failed(hasInput, makeFinding('negativeCount', at(row, populationColumn!), { what: 'population', raw: population!.raw, expected: 'more than zero' }));
      }
      if (base !== undefined && base > 0) {
        if (options.kind.kind === 'proportion' && events > base) {
          return failed(hasInput, makeFinding('countAboveTotal', at(row, countColumn!), { raw: count.raw, total: population!.raw, expected: `a count of at most ${population!.raw}` }));
        }
        return { figure: figureFromCounts(events, base, options.kind, options.level), hasInput, findings: NO_FINDINGS };
      }
      if (options.countIsFigure) return { figure: { value: events, fromCounts: false, count: events }, hasInput, findings: NO_FINDINGS };
      if (typed !== undefined) return { figure: { value: typed, fromCounts: false }, hasInput, findings: NO_FINDINGS };
      const state = base === 0 ? 'zero' : population ? 'missing' : 'missing (there is no Population column)';
      return failed(hasInput, makeFinding('missingDenominator', at(row, populationColumn ?? countColumn!), {
        what: 'population', state, count: count.raw, raw: population?.raw ?? '', expected: 'a population or base greater than zero',
      }));
    }
    return { figure: typed !== undefined ? { value: typed, fromCounts: false } : undefined, hasInput, findings: NO_FINDINGS };
  }

  return { read, firstColumn: countColumn ?? populationColumn ?? valueColumn ?? 0 };
}

function failed(hasInput: boolean, finding: Finding): FigureCells {
  return { figure: undefined, hasInput, findings: [finding] };
}

/** One row's figure (see figureCellsReader); for a sheet's rows, make the reader once. */
export function readFigureCells(grid: SheetGrid, row: number, columns: FigureColumns, options: FigureOptions): FigureCells {
  return figureCellsReader(grid, columns).read(row, options);
}
