import { parseCellAddress } from '../../engine';
import type { ExcelChart, ExcelChartAxis } from '../office/ExcelContext';
import { FakeChartPart } from './FakeChartPart';
import { FakeChartSeriesCollection } from './FakeChartSeries';
import type { FakeClientObject } from './FakeClientObject';
import { FakeExcelError } from './FakeExcelError';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredChart } from './StoredChart';

type TextKey = 'title' | 'categoryAxisTitle' | 'valueAxisTitle';

/** `ChartTitle` and `ChartAxisTitle`: a text stored under `key` of the chart. */
class FakeChartText extends FakeChartPart<StoredChart> {
  constructor(
    context: FakeRequestContext,
    path: string,
    find: () => StoredChart | undefined,
    private readonly key: TextKey,
  ) {
    super(context, path, find);
  }
  protected override scalarNames() {
    return ['text'];
  }
  protected override scalar(chart: StoredChart) {
    return chart[this.key];
  }
  get text(): string {
    return this.loaded('text');
  }
  set text(value: string) {
    this.setField('text', this.key, value);
  }
}

class FakeChartAxis extends FakeChartPart<StoredChart> implements ExcelChartAxis {
  readonly title: FakeChartText;
  private readonly reversedKey: 'categoryAxisReversed' | 'valueAxisReversed';
  constructor(context: FakeRequestContext, path: string, find: () => StoredChart | undefined, axis: 'category' | 'value') {
    super(context, path, find);
    this.title = new FakeChartText(context, `${path}.title`, find, `${axis}AxisTitle`);
    this.reversedKey = `${axis}AxisReversed`;
  }
  protected override scalarNames() {
    return ['reversePlotOrder'];
  }
  protected override scalar(chart: StoredChart) {
    return chart[this.reversedKey];
  }
  protected override navigation(name: string) {
    return name === 'title' ? this.title : undefined;
  }
  get reversePlotOrder(): boolean {
    return this.loaded('reversePlotOrder');
  }
  set reversePlotOrder(value: boolean) {
    this.setField('reversePlotOrder', this.reversedKey, value);
  }
}

class FakeChartAxes extends FakeChartPart<StoredChart> {
  readonly categoryAxis: FakeChartAxis;
  readonly valueAxis: FakeChartAxis;
  constructor(context: FakeRequestContext, path: string, find: () => StoredChart | undefined) {
    super(context, path, find);
    this.categoryAxis = new FakeChartAxis(context, `${path}.categoryAxis`, find, 'category');
    this.valueAxis = new FakeChartAxis(context, `${path}.valueAxis`, find, 'value');
  }
  protected override navigation(name: string) {
    return name === 'categoryAxis' ? this.categoryAxis : name === 'valueAxis' ? this.valueAxis : undefined;
  }
}

class FakeChartLegend extends FakeChartPart<StoredChart> {
  protected override scalarNames() {
    return ['visible'];
  }
  protected override scalar(chart: StoredChart) {
    return chart.legendVisible;
  }
  get visible(): boolean {
    return this.loaded('visible');
  }
  set visible(value: boolean) {
    this.setField('visible', 'legendVisible', value);
  }
}

class FakeChartDataLabels extends FakeChartPart<StoredChart> {
  protected override scalarNames() {
    return ['showValue'];
  }
  protected override scalar(chart: StoredChart) {
    return chart.showValue;
  }
  get showValue(): boolean {
    return this.loaded('showValue');
  }
  set showValue(value: boolean) {
    this.setField('showValue', 'showValue', value);
  }
}

/** The fake `Excel.Chart`. */
export class FakeChart extends FakeChartPart<StoredChart> implements ExcelChart {
  readonly title: FakeChartText;
  readonly axes: FakeChartAxes;
  readonly legend: FakeChartLegend;
  readonly dataLabels: FakeChartDataLabels;
  readonly series: FakeChartSeriesCollection;

  /** `resolved` for items of a loaded collection; otherwise found by a command of its own. */
  constructor(context: FakeRequestContext, path: string, find: () => StoredChart | undefined, resolved?: StoredChart) {
    super(context, path, find, resolved ? { resolved: { target: resolved } } : {});
    const self = () => this.target(true);
    this.title = new FakeChartText(context, `${path}.title`, self, 'title');
    this.axes = new FakeChartAxes(context, `${path}.axes`, self);
    this.legend = new FakeChartLegend(context, `${path}.legend`, self);
    this.dataLabels = new FakeChartDataLabels(context, `${path}.dataLabels`, self);
    this.series = new FakeChartSeriesCollection(context, `${path}.series`, self);
  }

  protected override scalarNames() {
    return ['chartType'];
  }
  protected override scalar(chart: StoredChart) {
    return chart.type;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    const children: Record<string, FakeClientObject<unknown>> = { title: this.title, axes: this.axes, legend: this.legend, dataLabels: this.dataLabels, series: this.series };
    return children[name];
  }

  get chartType(): string {
    return this.loaded('chartType');
  }

  setPosition(startCell: string, endCell?: string): void {
    this.command('setPosition', [startCell, endCell ?? null], (chart) => {
      const end = endCell ?? startCell;
      if (!parseCellAddress(startCell) || !parseCellAddress(end)) throw new FakeExcelError('InvalidArgument', `Not a cell: ${startCell} / ${end}.`);
      chart.position = { topLeft: startCell.toUpperCase(), bottomRight: end.toUpperCase() };
    });
  }

  delete(): void {
    this.command('delete', null, (chart) => {
      const sheet = this.context.excel.store.sheets.find((s) => s.charts.includes(chart));
      if (!sheet) throw new FakeExcelError('ItemNotFound', `The chart was deleted already: ${this.path}`);
      if (sheet.protected) throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}
