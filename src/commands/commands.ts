import { OfficeHost } from '../hosts/office/OfficeHost';
import { calculateForRibbon, LAST_RUN_SETTING, LastRun } from './calculateForRibbon';

function remember(run: LastRun): Promise<void> {
  return new Promise((resolve) => {
    const settings = Office.context.document.settings;
    settings.set(LAST_RUN_SETTING, run);
    settings.saveAsync(() => resolve());
  });
}

/**
 * The ribbon's "Calculate dashboard": runs without opening the pane (a function command), records
 * the outcome in a document setting (the pane shows it when it opens or regains focus), and always
 * completes the event, failure included.
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
