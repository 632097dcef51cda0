import { qualifiedAddress, type ColumnWrite } from '../engine';
import { outputAreaAddress } from './outputArea';
import type { WriteProblem } from './WriteRefusedError';

/**
 * The refusal for a new output column whose area holds formulas (`formulas`: their addresses as the
 * host reads them), the same in every host. A formula showing "" reads as an empty cell, so the new
 * column was placed on it; writing would replace the analyst's formulas.
 */
export function formulasProblem(write: ColumnWrite, formulas: string): WriteProblem {
  const local = outputAreaAddress(write);
  return {
    kind: 'formulas',
    sheet: write.sheet,
    cell: local,
    message: `The new output column "${write.header}" goes in ${qualifiedAddress(write.sheet, local)}, but ${formulas} there hold formulas (their results look empty). Move or clear them, then calculate again.`,
  };
}
