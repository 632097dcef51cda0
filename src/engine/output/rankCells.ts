import type { OutputCell } from './WritePlan';

/**
 * The output cell of a rank (a whole number from 1, centred), one shared cell per distinct rank for
 * the sheet being written: ranks repeat down a sheet's rows. Make one per sheet calculation.
 */
export function rankCells(): (rank: number) => OutputCell {
  const byRank: OutputCell[] = [];
  return (rank) => (byRank[rank] ??= { value: rank, numberFormat: '0', horizontalAlignment: 'center' });
}
