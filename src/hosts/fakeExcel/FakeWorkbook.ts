import type { ExcelApplication, ExcelWorkbook } from '../office/ExcelContext';
import { parseRangeAddress } from './cellRect';
import { FakeRange } from './FakeRange';
import type { FakeRequestContext } from './FakeRequestContext';
import { FakeWorksheetCollection } from './FakeWorksheetCollection';
import { FakeClientObject } from './FakeClientObject';
import type { FakeWorkbookStore } from './FakeWorkbookStore';

class FakeApplication implements ExcelApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({ requestBytes: 40, run: (record) => (record.screenUpdatingSuspended = true) });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ requestBytes: 40, run: (record) => (record.calculationSuspended = true) });
  }
}

/** The fake `Excel.WorkbookProtection`: whether the workbook's structure is protected. */
class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookStore> {
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.protection', { lazy: true });
  }
  protected findTarget() {
    return this.context.excel.store;
  }
  protected scalarNames() {
    return ['protected'];
  }
  protected scalar(store: FakeWorkbookStore) {
    return store.structureProtected;
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** The fake `Excel.Workbook`. */
export class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  /** The selection's top-left cell on the active sheet, A1 when nothing was selected there. */
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, 'workbook.getActiveCell()', () => {
      const store = this.context.excel.store;
      const sheet = store.activeSheet === undefined ? undefined : store.sheet(store.activeSheet);
      if (!sheet) return undefined;
      const selected = store.selection?.sheet === sheet.name ? store.selection.rect : parseRangeAddress('A1');
      return { sheet, rect: { top: selected.top, left: selected.left, bottom: selected.top, right: selected.left } };
    });
  }
}
