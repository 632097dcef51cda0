import type { LastRun } from '../../commands/calculateForRibbon';
import type { DashboardAction } from './dashboardReducer';

/** "8 Jun 2017, 11:00" in the reviewer's locale and time zone. */
function localTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The ribbon's last run as the pane shows it: a notice when it calculated, an error when it did not. */
export function ribbonRunAction(run: LastRun, formatTime: (iso: string) => string = localTime): DashboardAction {
  const when = formatTime(run.at);
  return run.ok
    ? { type: 'noticeShown', notice: `Calculate dashboard on the ribbon (${when}): ${run.message}` }
    : { type: 'hostFailed', message: `Calculate dashboard on the ribbon (${when}) did not complete. ${run.message}` };
}
