import { FakeClientObject, ProxyOptions } from './FakeClientObject';
import type { FakeRequestContext } from './FakeRequestContext';

/**
 * Base of the chart proxies. Navigation children (`chart.title`, `series.format.fill`) are lazy:
 * found through their parent when first used in a sync. Items got by index (`getItemAt`) are not:
 * their lookup is a command of its own, and an index out of range fails the sync, as in Excel.
 */
export abstract class FakeChartPart<Target> extends FakeClientObject<Target> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => Target | undefined,
    options: ProxyOptions<Target> = { lazy: true },
  ) {
    super(context, path, options);
  }

  protected findTarget(): Target | undefined {
    return this.find();
  }
  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }
  protected scalar(target: Target, name: string): unknown {
    return (target as Record<string, unknown>)[name];
  }

  /** Queues a property set that stores `value` under `key` of the target. */
  protected setField<K extends keyof Target>(name: string, key: K, value: Target[K]): void {
    this.command(name, value, (target) => {
      target[key] = value;
    });
  }
}
