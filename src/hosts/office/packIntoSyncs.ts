import type { WriteOp } from './WriteOp';

/** Excel on the web refuses request payloads over 5 MB; each write sync stays under 4 MiB. */
export const MAX_SYNC_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** Room kept in every sync for the suspend calls and the worksheet lookups. */
export const SYNC_OVERHEAD_BYTES = 10_000;

/**
 * Packs the commands, in order, into as few syncs as fit the payload limit. Every command is at
 * most about 1 MB (planWriteOps splits larger ones), so each sync but the last is at least
 * three-quarters full: a write of P bytes takes at most ceil(P / 3 MiB) syncs, and one sync while
 * P stays under 4 MiB.
 */
export function packIntoSyncs(ops: ReadonlyArray<WriteOp>, limit = MAX_SYNC_PAYLOAD_BYTES - SYNC_OVERHEAD_BYTES): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > limit) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
