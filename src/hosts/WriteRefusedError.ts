import { qualifiedAddress, type ColumnWrite } from '../engine';
import { outputAreaAddress } from './outputArea';

export type WriteProblemKind = 'protected' | 'merged' | 'table' | 'header' | 'formulas' | 'missingSheet';

/** One reason a write was refused, naming the sheet and cell (or range) at fault. */
export interface WriteProblem {
  readonly kind: WriteProblemKind;
  readonly sheet: string;
  /** A1 address or range within the sheet ("J3", "J5:J9"). */
  readonly cell: string;
  readonly message: string;
}

/** Thrown by a host's write before anything is written, listing every problem found. */
export class WriteRefusedError extends Error {
  constructor(readonly problems: ReadonlyArray<WriteProblem>) {
    super(
      `Nothing was written. ${problems.length === 1 ? 'One problem needs' : `${problems.length} problems need`} fixing first:\n` +
        problems.map((p) => `- ${p.message}`).join('\n'),
    );
    this.name = 'WriteRefusedError';
  }
}

/** The refusal for an output column that crosses merged cells (`merged`: their addresses as the host reads them), the same in every host. */
export function mergedCellsProblem(write: ColumnWrite, merged: string): WriteProblem {
  const local = outputAreaAddress(write);
  return {
    kind: 'merged',
    sheet: write.sheet,
    cell: local,
    message: `The output column "${write.header}" (${qualifiedAddress(write.sheet, local)}) crosses merged cells (${merged}). Unmerge them (Home > Merge & Center > Unmerge Cells) and calculate again.`,
  };
}
