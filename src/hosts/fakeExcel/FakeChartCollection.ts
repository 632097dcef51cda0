import type { ExcelChartCollection, ExcelChartType, ExcelRange } from '../office/ExcelContext';
import { FakeChart } from './FakeChart';
import { FakeChartPart } from './FakeChartPart';
import { FakeExcelError, propertyNotLoaded } from './FakeExcelError';
import { FakeRange } from './FakeRange';
import type { FakeRequestContext, MutableSyncRecord } from './FakeRequestContext';
import type { StoredSheet } from './FakeWorkbookStore';
import { newStoredChart, StoredChart } from './StoredChart';

/** The fake `Excel.ChartCollection` of a worksheet. */
export class FakeChartCollection extends FakeChartPart<StoredSheet> implements ExcelChartCollection {
  private loadedItems: FakeChart[] | undefined;

  constructor(context: FakeRequestContext, path: string, find: () => StoredSheet | undefined) {
    super(context, path, find);
  }

  protected override scalarNames() {
    return ['count'];
  }
  protected override scalar(sheet: StoredSheet) {
    return sheet.charts.length;
  }
  get count(): number {
    return this.loaded('count');
  }

  /** "items/chartType", "items/title/text": each chart's properties; "count" the number of charts. */
  override snapshot(paths: ReadonlyArray<ReadonlyArray<string>>, record: MutableSyncRecord): void {
    const sheet = this.target(true);
    const charts = sheet?.charts ?? [];
    const itemPaths = paths.filter((p) => p[0] === 'items').map((p) => p.slice(1)).filter((p) => p.length > 0);
    if (paths.some((p) => p[0] === 'items')) {
      this.loadedItems = charts.map((chart, i) => new FakeChart(this.context, `${this.path}.items[${i}]`, () => chart, chart));
      for (const item of this.loadedItems) item.snapshot(itemPaths, record);
    }
    const own = paths.filter((p) => p[0] !== 'items');
    if (own.length > 0 || paths.length === 0) super.snapshot(own, record);
  }
  get items(): FakeChart[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  add(type: ExcelChartType, sourceData: ExcelRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    if (!(sourceData instanceof FakeRange)) throw new TypeError('The fake charts take ranges of the same fake.');
    let added: StoredChart | undefined;
    this.command('add', [type, sourceData.path, seriesBy], (sheet) => {
      if (sheet.protected) throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
      const source = sourceData.target(true);
      if (!source) throw new FakeExcelError('InvalidArgument', `The chart's source range is a null object: ${sourceData.path}`);
      added = newStoredChart(type, source.sheet.name, source.rect, seriesBy);
      sheet.charts.push(added);
    });
    return new FakeChart(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => added);
  }

  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, `${this.path}.getItemAt(${index})`, () => {
      const charts = this.target(true)?.charts ?? [];
      if (index < 0 || index >= charts.length) throw new FakeExcelError('InvalidArgument', `There is no chart at index ${index} (count ${charts.length}).`);
      return charts[index];
    });
  }
}
