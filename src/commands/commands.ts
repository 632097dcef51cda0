import { OfficeHost } from '../hosts/office/OfficeHost';
import { calculateForRibbon, LastRun } from './calculateForRibbon';

/** Document setting where the ribbon command leaves its outcome, saved with the workbook. */
export const LAST_RUN_SETTING = 'saferDashboard.lastRibbonRun';

function remember(run: LastRun): Promise<void> {
  return new Promise((resolve) => {
    const settings = Office.context.document.settings;
    settings.set(LAST_RUN_SETTING, run);
    settings.saveAsync(() => resolve());
  });
}

/**
 * The ribbon's "Calculate dashboard": runs without opening the pane (a function command), records
 * the outcome in a document setting, and always completes the event, failure included.
 */
async function calculateDashboard(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await remember(await calculateForRibbon(new OfficeHost()));
  } catch {
    // Recording the outcome is best effort; Office must still hear that the command finished.
  } finally {
    event.completed();
  }
}

Office.onReady(() => undefined);
Office.actions.associate('calculateDashboard', calculateDashboard);
