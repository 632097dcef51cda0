import { type Finding, anyError } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { unreadableFinding } from '../findings/unreadableFinding';
import { cellAddress } from '../grid/address';
import { CellValue, SheetGrid, cellAt, isCellError, numberFormatAt } from '../grid/CellGrid';
import { indicatorSettingsFor } from '../settings/readSettings';
import type { Settings } from '../settings/Settings';
import { readFraction } from '../settings/settingValueReaders';
import { LocatedColumn, LocatedTable, cellText } from '../sheets/locateTable';
import type { ParsedValue, UnreadableValue } from '../values/ParsedValue';
import { numberText } from '../values/numberText';
import { parseCellValue, plainNumberValue } from '../values/parseCellValue';
import { readPeriodSpan } from '../values/readPeriodSpan';
import { INDICATOR_INPUT_COLUMNS, IndicatorInputKey } from './indicatorColumns';
import type { FootnoteMark, IndicatorRow, PeriodSource, Side, SideFigure } from './IndicatorRow';
import { MEASURES, Measure, measureFromName, measureMultiplier, parseMeasure } from './Measure';
import { Polarity, parsePolarity } from './Polarity';
import type { ValueRange } from './parseRangeText';
import { formatFigure, formatPercent } from './formatFigure';
import { numberAsFormatted } from '../values/numberAsFormatted';

/** A row as read, whose findings the sheet may still add to (name checks, cross-cell checks). */
export interface ReadIndicatorRow extends IndicatorRow {
  readonly findings: Finding[];
  blocked: boolean;
}

/** The input columns' indices, looked up once per sheet rather than per cell. */
type InputColumns = { readonly [K in IndicatorInputKey]: number | undefined };

/** One side's columns, as plain fields: looking them up by key per row was a visible cost. */
interface SideColumns {
  readonly names: (typeof SIDES)[Side];
  readonly value: number | undefined;
  readonly count: number | undefined;
  readonly denominator: number | undefined;
  readonly period: number | undefined;
  readonly headerPeriod: PeriodSource | undefined;
  /** The periods of a figure that names none itself (most rows), shared by those rows. */
  readonly onlyHeaderPeriod: ReadonlyArray<PeriodSource>;
}

/** What each side reads and how its findings name it; built once, not per row. */
const SIDES = {
  previous: {
    side: 'previous', value: 'previousValue', count: 'previousCount', denominator: 'previousDenominator', period: 'previousPeriod',
    valueWhat: 'previous value', countWhat: 'previous count', denominatorWhat: 'previous denominator',
  },
  current: {
    side: 'current', value: 'currentValue', count: 'currentCount', denominator: 'currentDenominator', period: 'currentPeriod',
    valueWhat: 'current value', countWhat: 'current count', denominatorWhat: 'current denominator',
  },
} as const;

const NO_PERIODS: ReadonlyArray<PeriodSource> = [];
const NO_FOOTNOTES: ReadonlyArray<FootnoteMark> = [];

/** Reads one Indicators row; every problem becomes a finding on its cell, never an exception. */
export class IndicatorRowReader {
  private readonly columns: InputColumns;
  /** Skips the per-row name lookup when Settings names no indicator at all (the usual large sheet). */
  private readonly anyIndicatorSettings: boolean;
  private readonly previousColumns: SideColumns;
  private readonly currentColumns: SideColumns;

  constructor(
    private readonly grid: SheetGrid,
    private readonly table: LocatedTable,
    private readonly settings: Settings,
  ) {
    const columns: { [K in IndicatorInputKey]?: number } = {};
    for (const { key } of INDICATOR_INPUT_COLUMNS) columns[key] = table.columns.get(key)?.[0]?.column;
    this.columns = columns as InputColumns;
    this.anyIndicatorSettings = Object.keys(settings.indicators).length > 0;
    this.previousColumns = this.sideColumns('previous');
    this.currentColumns = this.sideColumns('current');
  }

  private sideColumns(side: Side): SideColumns {
    const names = SIDES[side];
    const columns = this.columns;
    const headerPeriod = this.headerPeriod(side);
    return {
      names,
      value: columns[names.value],
      count: columns[names.count],
      denominator: columns[names.denominator],
      period: columns[names.period],
      headerPeriod,
      onlyHeaderPeriod: headerPeriod ? [headerPeriod] : NO_PERIODS,
    };
  }

  column(key: IndicatorInputKey): LocatedColumn | undefined {
    return this.table.columns.get(key)?.[0];
  }

  text(row: number, key: IndicatorInputKey): string {
    return this.textAt(row, this.columns[key]);
  }

  private textAt(row: number, column: number | undefined): string {
    return column === undefined ? '' : cellText(cellAt(this.grid, row, column)).trim();
  }

  /** True when any input cell of the row other than its outcome holds something. */
  hasInputBesideOutcome(row: number): boolean {
    for (const { key } of INDICATOR_INPUT_COLUMNS) if (key !== 'outcome' && this.text(row, key) !== '') return true;
    return false;
  }

  private isError(row: number, column: number | undefined): boolean {
    return column !== undefined && isCellError(cellAt(this.grid, row, column));
  }

  private at(row: number, column: number) {
    return { sheet: this.grid.name, cell: cellAddress(row, column) };
  }

  /**
   * A figure cell as parseCellValue reads it, except that a plain number without a number format
   * (most figure cells) stays a number: no reading is built for it, and its text is written out only
   * where a finding or the displayed figure quotes it.
   */
  private figureAt(row: number, column: number): FigureCell {
    const value = cellAt(this.grid, row, column);
    const numberFormat = numberFormatAt(this.grid, row, column);
    if (typeof value === 'number' && !numberFormat) {
      const plain = plainNumberValue(value);
      if (plain !== undefined) return plain;
    }
    return parseCellValue(value, numberFormat);
  }

  read(row: number, outcome: string, indicator: string): ReadIndicatorRow {
    const findings: Finding[] = [];
    const own = this.anyIndicatorSettings ? indicatorSettingsFor(this.settings, indicator) : undefined;

    const columns = this.columns;
    const polarityText = this.textAt(row, columns.polarity);
    let polarity: Polarity | undefined = own?.polarity;
    if (polarityText !== '') {
      polarity = parsePolarity(polarityText);
      // An Excel error value is named as such by the row checks (V002), not as an unknown polarity.
      if (!polarity && !this.isError(row, columns.polarity)) findings.push(makeFinding('unknownPolarity', this.at(row, this.columns.polarity!), { raw: polarityText, expected: 'Low is good, High is good, In range or No judgement' }));
    }
    const polarityGiven = polarity !== undefined || polarityText !== '';
    if (!polarityGiven) findings.push(makeFinding('missingPolarity', this.at(row, this.columns.indicator!), { indicator }));

    const measureText = this.textAt(row, columns.measure);
    let measure: Measure | undefined = own?.measure;
    if (measureText !== '') {
      measure = parseMeasure(measureText);
      if (!measure && !this.isError(row, columns.measure)) findings.push(makeFinding('unknownMeasure', this.at(row, this.columns.measure!), { raw: measureText, expected: MEASURES.join(', ') }));
    }

    const target = this.readTarget(row, findings) ?? own?.target;
    const range = this.readRange(row, findings) ?? own?.range;
    const tolerance = this.readTolerance(row, findings);

    const typedOrNamed = measure ?? measureFromName(indicator);
    const previous = this.readSide(row, this.previousColumns, typedOrNamed, findings);
    const current = this.readSide(row, this.currentColumns, typedOrNamed, findings);
    const resolvedMeasure = typedOrNamed ?? (previous.isPercent || current.isPercent ? 'Percentage' : undefined) ?? (previous.fromCounts || current.fromCounts ? 'Rate per 1,000' : undefined);

    return {
      row,
      outcome,
      indicator,
      measure: resolvedMeasure,
      polarity: polarity ?? 'No judgement',
      polarityGiven,
      target,
      range,
      tolerance,
      previous,
      current,
      findings,
      blocked: anyError(findings),
    };
  }

  private readTarget(row: number, findings: Finding[]): number | undefined {
    const column = this.columns.target;
    if (column === undefined) return undefined;
    const target = this.figureAt(row, column);
    if (isUnreadable(target)) findings.push(unreadableFinding(target, this.at(row, column), 'target'));
    return numberIn(target);
  }

  private readRange(row: number, findings: Finding[]): ValueRange | undefined {
    const lowColumn = this.columns.rangeLow;
    const highColumn = this.columns.rangeHigh;
    const low = lowColumn === undefined ? undefined : this.figureAt(row, lowColumn);
    const high = highColumn === undefined ? undefined : this.figureAt(row, highColumn);
    if (isNoData(low) && isNoData(high)) return undefined;
    let unreadable = false;
    if (isUnreadable(low)) {
      findings.push(unreadableFinding(low, this.at(row, lowColumn!), 'range figure', '28%'));
      unreadable = true;
    }
    if (isUnreadable(high)) {
      findings.push(unreadableFinding(high, this.at(row, highColumn!), 'range figure', '28%'));
      unreadable = true;
    }
    if (unreadable) return undefined;
    const lowValue = numberIn(low);
    const highValue = numberIn(high);
    if (lowValue === undefined || highValue === undefined || lowValue > highValue) {
      const raw = `${rawOf(low)} to ${rawOf(high)}`;
      findings.push(makeFinding('badRange', this.at(row, (lowColumn ?? highColumn)!), { raw, expected: 'Range low and Range high both given, low first' }));
      return undefined;
    }
    return { low: lowValue, high: highValue };
  }

  private readTolerance(row: number, findings: Finding[]): number {
    const column = this.columns.tolerance;
    if (column === undefined || this.text(row, 'tolerance') === '') return this.settings.stableTolerance;
    const read = readFraction({ value: cellAt(this.grid, row, column), numberFormat: numberFormatAt(this.grid, row, column) });
    if (read.ok && read.value < 1) return read.value;
    const parsed = parseCellValue(cellAt(this.grid, row, column));
    const raw = this.text(row, 'tolerance');
    if (parsed.kind === 'unreadable') findings.push(unreadableFinding(parsed, this.at(row, column), 'tolerance', '5%'));
    else if (parsed.kind === 'number') findings.push(makeFinding('badTolerance', this.at(row, column), { raw, why: parsed.value < 0 ? 'it is negative' : 'it is 100% or more' }));
    else findings.push(makeFinding('notANumber', this.at(row, column), { raw, what: 'tolerance (a percentage below 100%)', example: '5%' }));
    return this.settings.stableTolerance;
  }

  /** The period a side's figure column header carries (value column first, else count column). */
  private headerPeriod(side: Side): PeriodSource | undefined {
    const keys = SIDES[side];
    const valueColumn = this.column(keys.value);
    const countColumn = this.column(keys.count);
    const headerColumn = valueColumn?.label !== undefined ? valueColumn : countColumn?.label !== undefined ? countColumn : undefined;
    return headerColumn?.label ? { span: readPeriodSpan(headerColumn.label), cell: cellAddress(this.table.headerRow, headerColumn.column), fromHeader: true } : undefined;
  }

  // Plain locals and loops throughout: this runs twice per row, and the closures, wrapper objects and
  // per-call strings it used to build were a large share of the time (and garbage) on large sheets.
  private readSide(row: number, columns: SideColumns, typedOrNamed: Measure | undefined, findings: Finding[]): SideFigure {
    const keys = columns.names;
    const side = keys.side;
    const sheet = this.grid.name;
    const valueColumn = columns.value;
    const countColumn = columns.count;
    const denominatorColumn = columns.denominator;
    const valueRaw: CellValue = valueColumn === undefined ? null : cellAt(this.grid, row, valueColumn);
    const value = valueColumn === undefined ? undefined : this.figureAt(row, valueColumn);
    const count = countColumn === undefined ? undefined : this.figureAt(row, countColumn);
    const denominator = denominatorColumn === undefined ? undefined : this.figureAt(row, denominatorColumn);
    // Addresses are spelled out only where a period, footnote or finding needs one.
    let ok = true;

    if (isUnreadable(value)) {
      findings.push(unreadableFinding(value, { sheet, cell: cellAddress(row, valueColumn!) }, keys.valueWhat, '47.21'));
      ok = false;
    }
    if (isUnreadable(count)) {
      findings.push(unreadableFinding(count, { sheet, cell: cellAddress(row, countColumn!) }, keys.countWhat, '2414'));
      ok = false;
    }
    if (isUnreadable(denominator)) {
      findings.push(unreadableFinding(denominator, { sheet, cell: cellAddress(row, denominatorColumn!) }, keys.denominatorWhat, '2414'));
      ok = false;
    }

    let periods: PeriodSource[] | undefined;
    let footnotes: FootnoteMark[] | undefined;
    if (typeof value === 'object' && value.kind === 'number') {
      if (value.period) (periods ??= []).push({ span: value.period, cell: cellAddress(row, valueColumn!) });
      for (let i = 0; i < value.footnotes.length; i++) (footnotes ??= []).push({ mark: value.footnotes[i], cell: cellAddress(row, valueColumn!), raw: value.raw });
    }
    if (typeof count === 'object' && count.kind === 'number') {
      if (count.period) (periods ??= []).push({ span: count.period, cell: cellAddress(row, countColumn!) });
      for (let i = 0; i < count.footnotes.length; i++) (footnotes ??= []).push({ mark: count.footnotes[i], cell: cellAddress(row, countColumn!), raw: count.raw });
    }
    const periodText = this.textAt(row, columns.period);
    if (periodText !== '') (periods ??= []).push({ span: readPeriodSpan(periodText), cell: cellAddress(row, columns.period!) });
    const headerPeriod = columns.headerPeriod;
    if (headerPeriod && periods) periods.push(headerPeriod);

    let figure: number | undefined;
    let isPercent = false;
    let display: string;
    if (typeof value === 'number') {
      figure = value;
      display = numberText(value);
    } else if (value?.kind === 'number') {
      figure = value.value;
      isPercent = value.isPercent;
      // A number cell is shown as its number format shows it (47.2101… under "0.00" is 47.21).
      const formatted = typeof valueRaw === 'number' ? numberAsFormatted(value.value, numberFormatAt(this.grid, row, valueColumn!)) : undefined;
      display = formatted ?? (value.isPercent && typeof valueRaw === 'number' ? formatPercent(value.value) : value.raw.trim());
    } else {
      display = value?.raw.trim() ?? '';
    }

    let fromCounts = false;
    let figureCount: number | undefined;
    let figureDenominator: number | undefined;
    let hasCount = false;
    let hasDenominator = false;

    const countValue = numberIn(count);
    if (countValue !== undefined) {
      if (countValue < 0) {
        findings.push(makeFinding('negativeCount', { sheet, cell: cellAddress(row, countColumn!) }, { what: keys.countWhat, raw: rawOf(count), expected: 'zero or more' }));
        ok = false;
      }
      const rateMeasure = typedOrNamed ?? (isPercent ? 'Percentage' : 'Rate per 1,000');
      const base = numberIn(denominator);
      if (rateMeasure === 'Count') {
        figure = countValue;
        fromCounts = true;
        isPercent = false;
        figureCount = countValue;
        hasCount = true;
      } else if (base !== undefined && base > 0) {
        figure = (countValue / base) * measureMultiplier(rateMeasure);
        fromCounts = true;
        isPercent = rateMeasure === 'Percentage';
        figureCount = countValue;
        figureDenominator = base;
        hasCount = true;
        hasDenominator = true;
      } else if (base !== undefined && base < 0) {
        findings.push(makeFinding('negativeCount', { sheet, cell: cellAddress(row, denominatorColumn!) }, { what: keys.denominatorWhat, raw: rawOf(denominator), expected: 'more than zero' }));
        ok = false;
      } else if (!isUnreadable(denominator)) {
        const state = base !== undefined ? 'zero' : denominator !== undefined ? 'missing' : 'missing (there is no denominator column)';
        findings.push(
          makeFinding('missingDenominator', { sheet, cell: denominatorColumn !== undefined ? cellAddress(row, denominatorColumn!) : cellAddress(row, countColumn!) }, {
            what: keys.denominatorWhat, state, count: rawOf(count), raw: rawOf(denominator), expected: 'a population or base greater than zero',
          }),
        );
        ok = false;
      }
      // Without a value cell the figure is shown as calculated, rounded as the Reason rounds it.
      if (fromCounts && display === '') display = formatFigure(figure!, isPercent ? 'percent' : rateMeasure === 'Count' ? 'plain' : 'rate');
    }
    return new ReadSideFigure(
      side, ok ? figure : undefined, fromCounts, isPercent, display,
      hasCount ? figureCount : undefined, hasDenominator ? figureDenominator : undefined,
      periods ?? columns.onlyHeaderPeriod, footnotes ?? NO_FOOTNOTES, numberIn(value),
      row, valueColumn, countColumn, denominatorColumn,
    );
  }
}

/**
 * One side as read: every field always present (one shape for every row, so reading them stays
 * fast), and the A1 addresses worked out only when a finding asks for one, which few rows need.
 */
class ReadSideFigure implements SideFigure {
  constructor(
    readonly side: Side,
    readonly value: number | undefined,
    readonly fromCounts: boolean,
    readonly isPercent: boolean,
    readonly display: string,
    readonly count: number | undefined,
    readonly denominator: number | undefined,
    readonly periods: ReadonlyArray<PeriodSource>,
    readonly footnotes: ReadonlyArray<FootnoteMark>,
    readonly typedValue: number | undefined,
    private readonly row: number,
    private readonly valueColumn: number | undefined,
    private readonly countColumn: number | undefined,
    private readonly denominatorColumn: number | undefined,
  ) {}

  get cell(): string {
    const column = this.valueColumn ?? this.countColumn;
    return column === undefined ? '' : cellAddress(this.row, column);
  }

  get countCell(): string | undefined {
    return this.countColumn === undefined ? undefined : cellAddress(this.row, this.countColumn);
  }

  get denominatorCell(): string | undefined {
    return this.denominatorColumn === undefined ? undefined : cellAddress(this.row, this.denominatorColumn);
  }
}

/** A figure cell: a plain number as it is, or parseCellValue's reading of anything else. */
type FigureCell = number | ParsedValue;

function isUnreadable(cell: FigureCell | undefined): cell is UnreadableValue {
  return typeof cell === 'object' && cell.kind === 'unreadable';
}

/** True when there is no such column, or its cell holds no data. */
function isNoData(cell: FigureCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'object' && cell.kind === 'no-data');
}

function numberIn(cell: FigureCell | undefined): number | undefined {
  return typeof cell === 'number' ? cell : cell?.kind === 'number' ? cell.value : undefined;
}

/** The cell as typed, for a finding to quote. */
function rawOf(cell: FigureCell | undefined): string {
  return typeof cell === 'number' ? numberText(cell) : cell?.raw ?? '';
}
