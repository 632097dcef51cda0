import type { ExcelChartFill, ExcelChartSeries } from '../office/ExcelContext';
import { FakeChartPart } from './FakeChartPart';
import { FakeExcelError } from './FakeExcelError';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredChart, StoredChartPoint, StoredChartSeries } from './StoredChart';

/** `ChartFill` of a series or a point. */
export class FakeChartFill extends FakeChartPart<{ fill?: string }> implements ExcelChartFill {
  setSolidColor(color: string): void {
    this.command('setSolidColor', color, (target) => {
      target.fill = color.toUpperCase();
    });
  }
}

class FakeChartLineFormat extends FakeChartPart<StoredChartSeries> {
  protected override scalarNames() {
    return ['color'];
  }
  protected override scalar(series: StoredChartSeries) {
    return series.lineColor ?? null;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    this.setField('color', 'lineColor', value.toUpperCase());
  }
}

class FakeChartSeriesFormat extends FakeChartPart<StoredChartSeries> {
  readonly fill: FakeChartFill;
  readonly line: FakeChartLineFormat;
  constructor(context: FakeRequestContext, path: string, find: () => StoredChartSeries | undefined) {
    super(context, path, find);
    this.fill = new FakeChartFill(context, `${path}.fill`, find);
    this.line = new FakeChartLineFormat(context, `${path}.line`, find);
  }
  protected override navigation(name: string) {
    return name === 'line' ? this.line : undefined;
  }
}

class FakeChartPoint extends FakeChartPart<StoredChartPoint> {
  readonly format: { readonly fill: FakeChartFill };
  constructor(context: FakeRequestContext, path: string, find: () => StoredChartPoint | undefined) {
    super(context, path, find, {});
    this.format = { fill: new FakeChartFill(context, `${path}.format.fill`, () => this.target(true)) };
  }
}

class FakeChartPoints extends FakeChartPart<StoredChartSeries> {
  protected override scalarNames() {
    return ['count'];
  }
  protected override scalar(series: StoredChartSeries) {
    return series.points.length;
  }
  get count(): number {
    return this.loaded('count');
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.context, `${this.path}.getItemAt(${index})`, () => itemAt(this.target(true)?.points, index, 'point'));
  }
}

/** The fake `Excel.ChartSeries`. */
export class FakeChartSeries extends FakeChartPart<StoredChartSeries> implements ExcelChartSeries {
  readonly format: FakeChartSeriesFormat;
  readonly points: FakeChartPoints;
  constructor(context: FakeRequestContext, path: string, find: () => StoredChartSeries | undefined) {
    super(context, path, find, {});
    const self = () => this.target(true);
    this.format = new FakeChartSeriesFormat(context, `${path}.format`, self);
    this.points = new FakeChartPoints(context, `${path}.points`, self);
  }
  protected override scalarNames() {
    return ['markerBackgroundColor', 'markerForegroundColor'];
  }
  protected override scalar(series: StoredChartSeries, name: string) {
    return (name === 'markerBackgroundColor' ? series.markerBackgroundColor : series.markerForegroundColor) ?? null;
  }
  protected override navigation(name: string) {
    return name === 'format' ? this.format : name === 'points' ? this.points : undefined;
  }
  get markerBackgroundColor(): string {
    return this.loaded('markerBackgroundColor');
  }
  set markerBackgroundColor(value: string) {
    this.setField('markerBackgroundColor', 'markerBackgroundColor', value.toUpperCase());
  }
  get markerForegroundColor(): string {
    return this.loaded('markerForegroundColor');
  }
  set markerForegroundColor(value: string) {
    this.setField('markerForegroundColor', 'markerForegroundColor', value.toUpperCase());
  }
}

/** The fake `Excel.ChartSeriesCollection`. */
export class FakeChartSeriesCollection extends FakeChartPart<StoredChart> {
  protected override scalarNames() {
    return ['count'];
  }
  protected override scalar(chart: StoredChart) {
    return chart.series.length;
  }
  get count(): number {
    return this.loaded('count');
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this.path}.getItemAt(${index})`, () => itemAt(this.target(true)?.series, index, 'series'));
  }
}

function itemAt<T>(items: ReadonlyArray<T> | undefined, index: number, what: string): T | undefined {
  if (!items) return undefined;
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new FakeExcelError('InvalidArgument', `There is no ${what} at index ${index} (count ${items.length}).`);
  }
  return items[index];
}
