import type { RibbonRunSettings } from '../taskpane/readLastRibbonRun';

/** Office's document settings, kept in memory: where the browser tests leave a ribbon run for the pane. */
export function memorySettings(): RibbonRunSettings & { set(name: string, value: unknown): void } {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    refreshAsync: (callback) => callback(),
  };
}
