import type { ExcelTableCollection } from '../office/ExcelContext';
import { FakeClientObject } from './FakeClientObject';
import { propertyNotLoaded } from './FakeExcelError';
import type { FakeRequestContext, MutableSyncRecord } from './FakeRequestContext';
import type { StoredTable } from './FakeWorkbookStore';

class FakeTable extends FakeClientObject<StoredTable> {
  constructor(context: FakeRequestContext, path: string, table: StoredTable) {
    super(context, path, { resolved: { target: table } });
  }
  protected findTarget(): StoredTable | undefined {
    return undefined; // always created resolved
  }
  protected scalarNames() {
    return ['name'];
  }
  protected scalar(table: StoredTable) {
    return table.name;
  }
  get name(): string {
    return this.loaded('name');
  }
}

/** The fake `Excel.TableScopedCollection` from Range.getTables. */
export class FakeTableCollection extends FakeClientObject<ReadonlyArray<StoredTable>> implements ExcelTableCollection {
  private loadedItems: FakeTable[] | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => ReadonlyArray<StoredTable>,
  ) {
    super(context, path);
  }
  protected findTarget() {
    return this.find();
  }
  protected scalarNames() {
    return ['name'];
  }
  protected scalar(): unknown {
    return null;
  }
  override snapshot(paths: ReadonlyArray<ReadonlyArray<string>>, record: MutableSyncRecord): void {
    const tables = this.target(true) ?? [];
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    this.loadedItems = tables.map((t, i) => new FakeTable(this.context, `${this.path}.items[${i}]`, t));
    for (const item of this.loadedItems) item.snapshot(itemPaths, record);
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }
}
