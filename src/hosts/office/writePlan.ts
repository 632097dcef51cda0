import type { WritePlan } from '../../engine';
import { applyWriteOp, SheetLookup } from './applyWriteOp';
import { checkBeforeWrite } from './checkBeforeWrite';
import type { ExcelContext } from './ExcelContext';
import { packIntoSyncs } from './packIntoSyncs';
import { planWriteOps } from './planWriteOps';

/**
 * Carries out a write plan: one sync of checks (refusing with WriteRefusedError before anything is
 * written), then the writes, one sync while their payload is under 4 MiB and one more per further
 * 3-4 MiB. Charts are queued after the owned sheets in the same sync(s), so they add no sync of
 * their own unless they tip the payload over a sync's limit. Each write sync suspends screen updating and
 * API calculation, both of which end at that sync by themselves, so nothing needs restoring even when a
 * sync fails; Excel then recalculates what the writes changed (Microsoft's performance guide shows
 * dependent formulas updated once the sync is over). An empty plan syncs nothing.
 */
export async function writePlan(context: ExcelContext, plan: WritePlan): Promise<void> {
  if (plan.columns.length === 0 && plan.ownedSheets.length === 0) return;
  const state = await checkBeforeWrite(context, plan);
  const chartCounts = new Map([...state.existingSheets].map(([name, sheet]) => [name, sheet.charts.items.length]));
  for (const batch of packIntoSyncs(planWriteOps(plan, chartCounts))) {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const sheets: SheetLookup = new Map(state.existingSheets);
    for (const op of batch) applyWriteOp(context, sheets, op);
    await context.sync();
  }
}
