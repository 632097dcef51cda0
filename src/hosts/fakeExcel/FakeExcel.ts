import type { ExcelRunner } from '../office/ExcelContext';
import { FakeRequestContext, MutableSyncRecord, SyncRecord } from './FakeRequestContext';
import { FakeWorkbookStore } from './FakeWorkbookStore';

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface PayloadLimits {
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
}

/**
 * A fake Excel session over an in-memory workbook: `run` behaves like `Excel.run` (a fresh request
 * context per batch, pending commands synced at the end) and every sync is recorded with its size.
 */
export class FakeExcel {
  private readonly records: SyncRecord[] = [];

  constructor(
    readonly store: FakeWorkbookStore = new FakeWorkbookStore(),
    /** Excel on the web refuses requests and responses over 5 MB; pass Infinity to model the desktop. */
    readonly limits: PayloadLimits = { requestLimitBytes: WEB_PAYLOAD_LIMIT_BYTES, responseLimitBytes: WEB_PAYLOAD_LIMIT_BYTES },
  ) {}

  readonly run: ExcelRunner = async (batch) => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

  /** Every sync since creation or the last `resetSyncs()`. */
  get syncs(): ReadonlyArray<SyncRecord> {
    return this.records;
  }

  get maxRequestBytes(): number {
    return this.records.reduce((max, s) => Math.max(max, s.requestBytes), 0);
  }

  get totalRequestBytes(): number {
    return this.records.reduce((sum, s) => sum + s.requestBytes, 0);
  }

  resetSyncs(): void {
    this.records.length = 0;
  }

  /** Called by the request context at the start of each sync. */
  recordSync(record: MutableSyncRecord): void {
    this.records.push(record);
  }
}
