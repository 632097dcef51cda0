import type { ExcelContext } from '../office/ExcelContext';
import type { FakeExcel } from './FakeExcel';
import { FakeExcelError } from './FakeExcelError';
import { FakeWorkbook } from './FakeWorkbook';

/** What one `context.sync()` carried, as the fake measured it. */
export interface SyncRecord {
  /** Queued commands: loads, property sets, method calls. */
  readonly actions: number;
  /** JSON length of the commands sent (object paths, method arguments, values set). */
  readonly requestBytes: number;
  /** JSON length of the loaded property values sent back. */
  readonly responseBytes: number;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
}

export interface MutableSyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  screenUpdatingSuspended: boolean;
  calculationSuspended: boolean;
}

/** One queued command; `run` executes it against the store at sync time. */
export interface QueuedAction {
  readonly requestBytes: number;
  run(record: MutableSyncRecord): void;
}

/**
 * The fake `Excel.RequestContext`: commands queue up and run, in order, only at `sync()`. A failing
 * command rejects the sync; commands before it stay applied, as in Excel (there is no rollback).
 * Payload limits are those of Excel on the web: a request over the limit is refused before anything
 * runs, a response over it fails the sync.
 */
export class FakeRequestContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedAction[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: MutableSyncRecord = { actions: queue.length, requestBytes: 0, responseBytes: 0, screenUpdatingSuspended: false, calculationSuspended: false };
    for (const action of queue) record.requestBytes += action.requestBytes;
    this.excel.recordSync(record);
    const { requestLimitBytes, responseLimitBytes } = this.excel.limits;
    if (record.requestBytes > requestLimitBytes) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`);
    }
    for (const action of queue) action.run(record);
    if (record.responseBytes > responseLimitBytes) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
  }
}
