import { LAST_RUN_SETTING } from '../commands/calculateForRibbon';
import type { LastRun } from '../commands/calculateForRibbon';

/** The part of Office's document settings (Office.Settings) the pane reads. */
export interface RibbonRunSettings {
  get(name: string): unknown;
  refreshAsync(callback: () => void): void;
}

/**
 * The ribbon command's last outcome, from the document setting it saves. The ribbon runs in a page of
 * its own, so the settings are reloaded first: this page's copy dates from when it opened. Undefined
 * when there is none, or the setting holds something else.
 */
export async function readLastRibbonRun(settings: RibbonRunSettings): Promise<LastRun | undefined> {
  // A failed refresh still leaves this page's copy to read.
  await new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
  return asLastRun(settings.get(LAST_RUN_SETTING));
}

function asLastRun(value: unknown): LastRun | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, ok, message } = value as Record<string, unknown>;
  const valid = typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof ok === 'boolean' && typeof message === 'string';
  return valid ? { at, ok, message } : undefined;
}
