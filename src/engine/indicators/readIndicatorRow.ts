import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import { unreadableFinding } from '../findings/unreadableFinding';
import { cellAddress } from '../grid/address';
import { SheetGrid, cellAt, numberFormatAt } from '../grid/CellGrid';
import { indicatorSettingsFor } from '../settings/readSettings';
import type { Settings } from '../settings/Settings';
import { readFraction } from '../settings/settingValueReaders';
import { LocatedColumn, LocatedTable, cellText } from '../sheets/locateTable';
import type { ParsedValue } from '../values/ParsedValue';
import { parseCellValue } from '../values/parseCellValue';
import { readPeriodSpan } from '../values/readPeriodSpan';
import type { IndicatorInputKey } from './indicatorColumns';
import type { FootnoteMark, IndicatorRow, PeriodSource, Side, SideFigure } from './IndicatorRow';
import { MEASURES, Measure, measureFromName, measureMultiplier, parseMeasure } from './Measure';
import { Polarity, parsePolarity } from './Polarity';
import type { ValueRange } from './parseRangeText';
import { formatPercent } from './formatFigure';

/** Reads one Indicators row; every problem becomes a finding on its cell, never an exception. */
export class IndicatorRowReader {
  constructor(
    private readonly grid: SheetGrid,
    private readonly table: LocatedTable,
    private readonly settings: Settings,
  ) {}

  column(key: IndicatorInputKey): LocatedColumn | undefined {
    return this.table.columns.get(key)?.[0];
  }

  text(row: number, key: IndicatorInputKey): string {
    const column = this.column(key);
    return column ? cellText(cellAt(this.grid, row, column.column)).trim() : '';
  }

  /** True when any input cell of the row holds something. */
  hasInput(row: number): boolean {
    return [...this.table.columns.keys()].some((key) => this.text(row, key as IndicatorInputKey) !== '');
  }

  private at(row: number, column: number) {
    return { sheet: this.grid.name, cell: cellAddress(row, column) };
  }

  private parse(row: number, key: IndicatorInputKey): { parsed: ParsedValue; cell: string } | undefined {
    const column = this.column(key);
    if (!column) return undefined;
    return {
      parsed: parseCellValue(cellAt(this.grid, row, column.column), numberFormatAt(this.grid, row, column.column)),
      cell: cellAddress(row, column.column),
    };
  }

  private anyIndicatorSettings: boolean | undefined;

  read(row: number, outcome: string, indicator: string): IndicatorRow {
    const findings: Finding[] = [];
    // Skip the per-row name lookup when Settings names no indicator at all (the usual large sheet).
    this.anyIndicatorSettings ??= Object.keys(this.settings.indicators).length > 0;
    const own = this.anyIndicatorSettings ? indicatorSettingsFor(this.settings, indicator) : undefined;

    const polarityText = this.text(row, 'polarity');
    let polarity: Polarity | undefined = own?.polarity;
    if (polarityText !== '') {
      polarity = parsePolarity(polarityText);
      if (!polarity) findings.push(makeFinding('unknownPolarity', this.at(row, this.column('polarity')!.column), { raw: polarityText, expected: 'Low is good, High is good, In range or No judgement' }));
    }
    const polarityGiven = polarity !== undefined || polarityText !== '';
    if (!polarityGiven) findings.push(makeFinding('missingPolarity', this.at(row, this.column('indicator')!.column), { indicator }));

    const measureText = this.text(row, 'measure');
    let measure: Measure | undefined = own?.measure;
    if (measureText !== '') {
      measure = parseMeasure(measureText);
      if (!measure) findings.push(makeFinding('unknownMeasure', this.at(row, this.column('measure')!.column), { raw: measureText, expected: MEASURES.join(', ') }));
    }

    const target = this.readTarget(row, findings) ?? own?.target;
    const range = this.readRange(row, findings) ?? own?.range;
    const tolerance = this.readTolerance(row, findings);

    const previous = this.readSide(row, 'previous', measure, indicator, findings);
    const current = this.readSide(row, 'current', measure, indicator, findings);
    const resolvedMeasure = measure ?? measureFromName(indicator) ?? (previous.isPercent || current.isPercent ? 'Percentage' : undefined) ?? (previous.fromCounts || current.fromCounts ? 'Rate per 1,000' : undefined);

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
      blocked: findings.some((f) => f.severity === 'error'),
    };
  }

  private readTarget(row: number, findings: Finding[]): number | undefined {
    const read = this.parse(row, 'target');
    if (!read || read.parsed.kind === 'no-data') return undefined;
    if (read.parsed.kind === 'unreadable') {
      findings.push(unreadableFinding(read.parsed, { sheet: this.grid.name, cell: read.cell }, 'target'));
      return undefined;
    }
    return read.parsed.value;
  }

  private readRange(row: number, findings: Finding[]): ValueRange | undefined {
    const low = this.parse(row, 'rangeLow');
    const high = this.parse(row, 'rangeHigh');
    if ((!low || low.parsed.kind === 'no-data') && (!high || high.parsed.kind === 'no-data')) return undefined;
    let unreadable = false;
    for (const read of [low, high]) {
      if (read?.parsed.kind !== 'unreadable') continue;
      findings.push(unreadableFinding(read.parsed, { sheet: this.grid.name, cell: read.cell }, 'range figure', '28%'));
      unreadable = true;
    }
    if (unreadable) return undefined;
    const cell = (low ?? high)!.cell;
    const raw = `${low?.parsed.raw ?? ''} to ${high?.parsed.raw ?? ''}`;
    if (low?.parsed.kind !== 'number' || high?.parsed.kind !== 'number' || low.parsed.value > high.parsed.value) {
      findings.push(makeFinding('badRange', { sheet: this.grid.name, cell }, { raw, expected: 'Range low and Range high both given, low first' }));
      return undefined;
    }
    return { low: low.parsed.value, high: high.parsed.value };
  }

  private readTolerance(row: number, findings: Finding[]): number {
    const column = this.column('tolerance');
    if (!column || this.text(row, 'tolerance') === '') return this.settings.stableTolerance;
    const read = readFraction({ value: cellAt(this.grid, row, column.column), numberFormat: numberFormatAt(this.grid, row, column.column) });
    if (read.ok && read.value < 1) return read.value;
    const parsed = parseCellValue(cellAt(this.grid, row, column.column));
    findings.push(
      parsed.kind === 'unreadable'
        ? unreadableFinding(parsed, this.at(row, column.column), 'tolerance', '5%')
        : makeFinding('notANumber', this.at(row, column.column), { raw: this.text(row, 'tolerance'), what: 'tolerance (a percentage below 100%)', example: '5%' }),
    );
    return this.settings.stableTolerance;
  }

  /** Read once per sheet rather than per row: the header's period label, e.g. "Previous Year (2015-16)". */
  private readonly headerPeriods = new Map<Side, PeriodSource | undefined>();

  /** The period a side's figure column header carries (value column first, else count column). */
  private headerPeriod(side: Side): PeriodSource | undefined {
    if (this.headerPeriods.has(side)) return this.headerPeriods.get(side);
    const [valueKey, countKey] = side === 'previous' ? ['previousValue', 'previousCount'] as const : ['currentValue', 'currentCount'] as const;
    const headerColumn = this.column(valueKey)?.label !== undefined ? this.column(valueKey) : this.column(countKey)?.label !== undefined ? this.column(countKey) : undefined;
    const period = headerColumn?.label ? { span: readPeriodSpan(headerColumn.label), cell: cellAddress(this.table.headerRow, headerColumn.column) } : undefined;
    this.headerPeriods.set(side, period);
    return period;
  }

  private readSide(row: number, side: Side, measure: Measure | undefined, indicator: string, findings: Finding[]): SideFigure {
    const keys = side === 'previous'
      ? { value: 'previousValue', count: 'previousCount', denominator: 'previousDenominator', period: 'previousPeriod' } as const
      : { value: 'currentValue', count: 'currentCount', denominator: 'currentDenominator', period: 'currentPeriod' } as const;
    const label = side === 'previous' ? 'previous' : 'current';
    const value = this.parse(row, keys.value);
    const count = this.parse(row, keys.count);
    const denominator = this.parse(row, keys.denominator);
    const periods: PeriodSource[] = [];
    const footnotes: FootnoteMark[] = [];
    let ok = true;

    const note = (read: { parsed: ParsedValue; cell: string } | undefined) => {
      if (read?.parsed.kind !== 'number') return;
      if (read.parsed.period) periods.push({ span: read.parsed.period, cell: read.cell });
      for (const mark of read.parsed.footnotes) footnotes.push({ mark, cell: read.cell, raw: read.parsed.raw });
    };
    const unreadable = (read: { parsed: ParsedValue; cell: string } | undefined, what: string) => {
      if (read?.parsed.kind !== 'unreadable') return;
      findings.push(unreadableFinding(read.parsed, { sheet: this.grid.name, cell: read.cell }, what, what.includes('value') ? '47.21' : '2414'));
      ok = false;
    };
    unreadable(value, `${label} value`);
    unreadable(count, `${label} count`);
    unreadable(denominator, `${label} denominator`);
    note(value);
    note(count);

    const periodText = this.text(row, keys.period);
    if (periodText !== '') periods.push({ span: readPeriodSpan(periodText), cell: cellAddress(row, this.column(keys.period)!.column) });
    const headerPeriod = this.headerPeriod(side);
    if (headerPeriod) periods.push({ span: headerPeriod.span, cell: headerPeriod.cell });

    const display = value?.parsed.kind === 'number' && value.parsed.isPercent && typeof cellAt(this.grid, row, this.column(keys.value)!.column) === 'number'
      ? formatPercent(value.parsed.value)
      : value?.parsed.raw.trim() ?? '';
    const cell = value?.cell ?? count?.cell ?? '';

    let figure: Pick<SideFigure, 'value' | 'fromCounts' | 'isPercent' | 'count' | 'denominator'> = {
      value: value?.parsed.kind === 'number' ? value.parsed.value : undefined,
      fromCounts: false,
      isPercent: value?.parsed.kind === 'number' && value.parsed.isPercent,
    };

    if (count?.parsed.kind === 'number') {
      const countValue = count.parsed.value;
      if (countValue < 0) {
        findings.push(makeFinding('negativeCount', { sheet: this.grid.name, cell: count.cell }, { what: `${label} count`, raw: count.parsed.raw, expected: 'zero or more' }));
        ok = false;
      }
      const rateMeasure = measure ?? measureFromName(indicator) ?? (figure.isPercent ? 'Percentage' : 'Rate per 1,000');
      if (rateMeasure === 'Count') {
        figure = { value: countValue, fromCounts: true, isPercent: false, count: countValue };
      } else if (denominator?.parsed.kind === 'number' && denominator.parsed.value > 0) {
        const base = denominator.parsed.value;
        figure = { value: (countValue / base) * measureMultiplier(rateMeasure), fromCounts: true, isPercent: rateMeasure === 'Percentage', count: countValue, denominator: base };
      } else if (denominator?.parsed.kind === 'number' && denominator.parsed.value < 0) {
        findings.push(makeFinding('negativeCount', { sheet: this.grid.name, cell: denominator.cell }, { what: `${label} denominator`, raw: denominator.parsed.raw, expected: 'more than zero' }));
        ok = false;
      } else if (denominator?.parsed.kind !== 'unreadable') {
        const state = denominator?.parsed.kind === 'number' ? 'zero' : denominator ? 'missing' : 'missing (there is no denominator column)';
        findings.push(
          makeFinding('missingDenominator', { sheet: this.grid.name, cell: denominator?.cell ?? count.cell }, {
            what: `${label} denominator`, state, count: count.parsed.raw, raw: denominator?.parsed.raw ?? '', expected: 'a population or base greater than zero',
          }),
        );
        ok = false;
      }
    }
    // Built field by field, in the key order `{ ...base, ...figure }` gave: spreading these
    // differently shaped objects was the slowest step of reading a row on large sheets.
    const out: { -readonly [K in keyof SideFigure]?: SideFigure[K] } = { side, display, cell, periods, footnotes };
    if (count) out.countCell = count.cell;
    if (denominator) out.denominatorCell = denominator.cell;
    out.value = ok ? figure.value : undefined;
    out.fromCounts = figure.fromCounts;
    out.isPercent = figure.isPercent;
    if ('count' in figure) out.count = figure.count;
    if ('denominator' in figure) out.denominator = figure.denominator;
    return out as SideFigure;
  }
}
