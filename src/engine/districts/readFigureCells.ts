import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { unreadableFinding } from '../findings/unreadableFinding';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import type { NumberValue, ParsedValue } from '../values/ParsedValue';
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
  /** The A1 address of the first figure cell, for findings about the row's figure. */
  readonly cell: string;
}

export interface FigureOptions {
  readonly kind: FigureKind;
  readonly level: number;
  /** True for Count indicators: a count without a population is the figure itself. */
  readonly countIsFigure: boolean;
}

/**
 * Reads a row's figure. Counts with a population give the rate or proportion and its interval; a
 * Value gives the figure as typed, with no interval. Unreadable cells, negative counts, a count
 * without a population (and no Value), and a count above its total for a percentage are errors.
 */
export function readFigureCells(grid: SheetGrid, row: number, columns: FigureColumns, options: FigureOptions): FigureCells {
  const read = (column: number | undefined) =>
    column === undefined
      ? undefined
      : { parsed: parseCellValue(cellAt(grid, row, column), numberFormatAt(grid, row, column)), cell: cellAddress(row, column) };
  const count = read(columns.count);
  const population = read(columns.population);
  const value = read(columns.value);
  const cells = [count, population, value].filter((c): c is { parsed: ParsedValue; cell: string } => c !== undefined);
  const hasInput = cells.some((c) => c.parsed.kind !== 'no-data');
  const cell = cells[0]?.cell ?? cellAddress(row, 0);
  const findings: Finding[] = [];
  const at = (address: string) => ({ sheet: grid.name, cell: address });

  for (const [c, what] of [[count, 'count'], [population, 'population'], [value, 'value']] as const) {
    if (c?.parsed.kind === 'unreadable') findings.push(unreadableFinding(c.parsed, at(c.cell), what, what === 'value' ? '47.21' : '2414'));
  }
  if (findings.length > 0) return { hasInput, findings, cell };

  const typedValue = value?.parsed.kind === 'number' ? value.parsed : undefined;
  const asValue = (v: NumberValue): MeasuredFigure => ({ value: v.value, fromCounts: false });

  if (count?.parsed.kind === 'number') {
    const events = count.parsed.value;
    if (events < 0) {
      findings.push(makeFinding('negativeCount', at(count.cell), { what: 'count', raw: count.parsed.raw, expected: 'zero or more' }));
      return { hasInput, findings, cell };
    }
    const base = population?.parsed.kind === 'number' ? population.parsed.value : undefined;
    if (base !== undefined && base < 0) {
      findings.push(makeFinding('negativeCount', at(population!.cell), { what: 'population', raw: population!.parsed.raw, expected: 'more than zero' }));
      return { hasInput, findings, cell };
    }
    if (base !== undefined && base > 0) {
      if (options.kind.kind === 'proportion' && events > base) {
        findings.push(makeFinding('countAboveTotal', at(count.cell), { raw: count.parsed.raw, total: population!.parsed.raw, expected: `a count of at most ${population!.parsed.raw}` }));
        return { hasInput, findings, cell };
      }
      const figure = figureFromCounts(events, base, options.kind, options.level);
      return { figure, hasInput, findings, cell };
    }
    if (options.countIsFigure) return { figure: { value: events, fromCounts: false, count: events }, hasInput, findings, cell };
    if (typedValue) return { figure: asValue(typedValue), hasInput, findings, cell };
    const state = base === 0 ? 'zero' : population ? 'missing' : 'missing (there is no Population column)';
    findings.push(
      makeFinding('missingDenominator', at(population?.cell ?? count.cell), {
        what: 'population', state, count: count.parsed.raw, raw: population?.parsed.raw ?? '', expected: 'a population or base greater than zero',
      }),
    );
    return { hasInput, findings, cell };
  }
  return { ...(typedValue ? { figure: asValue(typedValue) } : {}), hasInput, findings, cell };
}
