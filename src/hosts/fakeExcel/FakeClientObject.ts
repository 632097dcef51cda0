import { FakeExcelError, propertyNotLoaded } from './FakeExcelError';
import type { FakeRequestContext, MutableSyncRecord } from './FakeRequestContext';

const encoder = new TextEncoder();

/** Size of a value on the wire: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(json) ? json.length : encoder.encode(json).length;
}

export interface ProxyOptions<Target> {
  /** An *OrNullObject proxy: a missing target gives a null object instead of an error. */
  readonly orNull?: boolean;
  /** Already found (collection items created while a sync runs). */
  readonly resolved?: { readonly target: Target };
  /** Found on first use rather than by a command of its own (navigation children such as `format`). */
  readonly lazy?: boolean;
}

/**
 * Base of every fake proxy object. A proxy names its target by a path (how it was obtained) and
 * finds it in the store only while a sync runs. Properties can be read only after `load` and `sync`;
 * `isNullObject` only after a sync.
 */
export abstract class FakeClientObject<Target> {
  private readonly loadedValues = new Map<string, unknown>();
  private resolution: { target: Target | undefined } | undefined;

  private readonly orNull: boolean;

  protected constructor(
    readonly context: FakeRequestContext,
    /** How the object was reached, e.g. `worksheets.getItem("Indicators")`; counted as request bytes. */
    readonly path: string,
    options: ProxyOptions<Target> = {},
  ) {
    this.orNull = options.orNull ?? false;
    if (options.resolved) this.resolution = { target: options.resolved.target };
    else if (!options.lazy) context.enqueue({ requestBytes: path.length, run: () => void this.target(true) });
  }

  /** Finds the target in the store as it is at this point of the sync; undefined when absent. */
  protected abstract findTarget(): Target | undefined;
  /** Current value of a scalar property, read from the target. */
  protected abstract scalar(target: Target, name: string): unknown;
  /** Scalar property names loaded by a bare `load()`. */
  protected abstract scalarNames(): ReadonlyArray<string>;
  /** Child proxies reachable by load paths ("format/fill/color", "protection/protected"). */
  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.resolution) throw propertyNotLoaded('isNullObject');
    return this.resolution.target === undefined;
  }

  /** The target during a sync. A null object gives undefined unless `required`, which throws. */
  target(required = false): Target | undefined {
    if (!this.resolution) {
      const target = this.findTarget();
      if (target === undefined && !this.orNull) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${this.path}`);
      this.resolution = { target };
    }
    const { target } = this.resolution;
    if (target === undefined && required && !this.orNull) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${this.path}`);
    return target;
  }

  /** The target for a command that changes it; a null object cannot be changed. */
  protected existingTarget(): Target {
    const target = this.target(true);
    if (target === undefined) throw new FakeExcelError('InvalidOperation', `The object is a null object: ${this.path}`);
    return target;
  }

  load(propertyNames?: string | string[]): this {
    const names = propertyNames === undefined ? [] : typeof propertyNames === 'string' ? propertyNames.split(',') : propertyNames;
    const paths = names.map((n) => n.trim()).filter((n) => n !== '').map((n) => n.split('/'));
    this.context.enqueue({ requestBytes: this.path.length + jsonBytes(names), run: (record) => this.snapshot(paths, record) });
    return this;
  }

  /** Copies the requested properties from the store into the proxy (runs inside a sync). */
  snapshot(paths: ReadonlyArray<ReadonlyArray<string>>, record: MutableSyncRecord): void {
    const wanted = paths.length === 0 ? this.scalarNames().map((n) => [n]) : paths;
    const target = this.target(true);
    for (const [head, ...rest] of wanted) {
      const child = this.navigation(head);
      if (child) {
        child.snapshot(rest.length === 0 ? [] : [rest], record);
        continue;
      }
      if (!this.scalarNames().includes(head)) throw new FakeExcelError('InvalidArgument', `Cannot load '${head}' on ${this.path}`);
      const value = target === undefined ? null : this.scalar(target, head);
      record.responseBytes += jsonBytes(value);
      this.loadedValues.set(head, value);
    }
  }

  /** A loaded scalar; throws PropertyNotLoaded like Excel when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Queues a property set or method call that changes the workbook. */
  protected command(name: string, argument: unknown, apply: (target: Target, record: MutableSyncRecord) => void): void {
    this.context.enqueue({
      requestBytes: this.path.length + name.length + jsonBytes(argument),
      run: (record) => apply(this.existingTarget(), record),
    });
  }
}
