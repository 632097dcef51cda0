import type { ExcelWorksheetCollection } from '../office/ExcelContext';
import { FakeClientObject } from './FakeClientObject';
import { FakeExcelError, propertyNotLoaded } from './FakeExcelError';
import type { FakeRequestContext, MutableSyncRecord } from './FakeRequestContext';
import type { FakeWorkbookStore, StoredSheet } from './FakeWorkbookStore';
import { FakeWorksheet } from './FakeWorksheet';

/** The fake `Excel.WorksheetCollection`. */
export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookStore> implements ExcelWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets', { resolved: { target: context.excel.store } });
  }

  private get store(): FakeWorkbookStore {
    return this.context.excel.store;
  }
  protected findTarget() {
    return this.store;
  }
  protected scalarNames() {
    return ['name'];
  }
  protected scalar(): unknown {
    return null;
  }

  /** Collections load their items: "items/name" and "name" both mean each sheet's name. */
  override snapshot(paths: ReadonlyArray<ReadonlyArray<string>>, record: MutableSyncRecord): void {
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    this.loadedItems = this.store.sheets.map(
      (sheet) => new FakeWorksheet(this.context, `workbook.worksheets.items[${JSON.stringify(sheet.name)}]`, () => sheet, { resolved: sheet }),
    );
    for (const item of this.loadedItems) item.snapshot(itemPaths, record);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `workbook.worksheets.getItem(${JSON.stringify(name)})`, () => this.store.sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `workbook.worksheets.getItemOrNullObject(${JSON.stringify(name)})`, () => this.store.sheet(name), {
      orNull: true,
    });
  }

  add(name?: string): FakeWorksheet {
    let added: StoredSheet | undefined;
    this.command('add', name ?? null, (store) => {
      if (store.structureProtected) throw new FakeExcelError('AccessDenied', 'The workbook\'s structure is protected.');
      const wanted = name ?? nextSheetName(store);
      if (store.sheet(wanted)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${wanted} already exists.`);
      added = store.addSheet(wanted);
    });
    return new FakeWorksheet(this.context, `workbook.worksheets.add(${JSON.stringify(name ?? '')})`, () => added);
  }
}

function nextSheetName(store: FakeWorkbookStore): string {
  let n = store.sheets.length + 1;
  while (store.sheet(`Sheet${n}`)) n++;
  return `Sheet${n}`;
}
