import { FakeExcel } from './FakeExcel';
import type { FakeWorkbookStore } from './FakeWorkbookStore';

export interface FakeOfficeGlobals {
  readonly Office: {
    readonly HostType: { readonly Excel: 'Excel' };
    readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
    onReady(callback?: (info: { host: 'Excel'; platform: 'OfficeOnline' }) => void): Promise<{ host: 'Excel'; platform: 'OfficeOnline' }>;
  };
  readonly Excel: { readonly run: FakeExcel['run'] };
  /** The session behind the globals, for the playground's grid view and the browser tests. */
  readonly fake: FakeExcel;
}

/**
 * `Office` and `Excel` globals backed by the fake, for the local playground page: the real task pane
 * runs on them unchanged. Install with `Object.assign(window, createFakeOffice(store))`.
 */
export function createFakeOffice(store?: FakeWorkbookStore): FakeOfficeGlobals {
  const fake = new FakeExcel(store);
  const info = { host: 'Excel', platform: 'OfficeOnline' } as const;
  return {
    Office: {
      HostType: { Excel: 'Excel' },
      context: { requirements: { isSetSupported: () => true } },
      onReady(callback) {
        return Promise.resolve().then(() => {
          callback?.(info);
          return info;
        });
      },
    },
    Excel: { run: fake.run },
    fake,
  };
}
