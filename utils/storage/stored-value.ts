import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

export interface StoredValue<T> {
  readonly key: string;
  get(): Promise<T>;
  /** The value from what `storage.local.get` returned for this key (for reads of several keys at once). */
  parse(raw: unknown): T;
  set(value: T): Promise<void>;
  /**
   * Read-modify-write, one at a time within this context, so concurrent updates (several
   * profiles answering at once) never overwrite each other. Resolves with the value written.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with the parsed new value whenever any context changes it. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * One value in `storage.local`, validated on every read and write. Storage is a boundary like any
 * other: a value written by an older version, or damaged, falls back to defaults instead of
 * flowing into the UI half-formed. (WXT's storage module does this and more, but costs 4 KB of
 * gzip in a popup whose whole budget is 25 KB.)
 */
export function storedValue<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  fallback: z.infer<S>,
  /** Lifts a value written by an older version to the current shape before it is validated. */
  migrate: (raw: unknown) => unknown = (raw) => raw,
): StoredValue<z.infer<S>> {
  const area = browser.storage.local;
  const parse = (raw: unknown): z.infer<S> => {
    if (raw === undefined) return fallback;
    const result = z.safeParse(schema, migrate(raw));
    if (result.success) return result.data;
    console.warn(`Sharebeam: the stored "${key}" is not in the expected shape; using defaults.`);
    return fallback;
  };
  const get = async () => parse((await area.get(key))[key]);
  const set = (value: z.infer<S>) => area.set({ [key]: z.parse(schema, value) });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    key,
    get,
    parse,
    set,
    update(change) {
      const run = queue.then(async () => {
        const next = change(await get());
        await set(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && key in changes) callback(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
