import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import { t } from '../i18n';
import { roomMade } from './room';

export interface StoredValue<T> {
  readonly key: string;
  get(): Promise<T>;
  /** The value from what `storage.local.get` returned for this key (for reads of several keys at once). */
  parse(raw: unknown): T;
  /** What is written for a value: checked, and encrypted for the keys (secrets.ts). */
  stored(value: T): Promise<unknown>;
  /** The value from what is stored, decrypted where it was encrypted. */
  read(raw: unknown): Promise<T>;
  set(value: T): Promise<void>;
  /** Read-modify-write in this context's one queue (see changeTogether); resolves with the value written. */
  update(change: (current: T) => T): Promise<T>;
}

const area = () => browser.storage.local;

/** This context's read-modify-writes, one at a time (see changeTogether). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes values in one `storage.local.set`. When storage is full, what can go (old drafts, the
 * history cache, finished sends: room.ts) goes, in the same write, and the user is told; if even
 * that does not fit, nothing is written and the write fails with `storageFull`.
 */
export async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await area().set(items);
  } catch (error) {
    if (!/quota/i.test(String(error))) throw error;
    const smaller = roomMade(await area().get(null), items);
    await area()
      .set(smaller)
      .catch(() => {
        throw new FailureError({ kind: 'storageFull' });
      });
    await browser.notifications
      ?.create('storage-full', { type: 'basic', iconUrl: '/icon/128.png', title: t('notifyStorageFull'), message: t('notifyStorageFullBody') })
      .catch(() => undefined);
  }
}

/**
 * Changes several stored values at once: one read, one write, so a worker stopped in between
 * leaves all or nothing (a Profile Key without its profile can never be shown or removed). Every
 * change of this context waits for the one before, so two pages saving at once both count.
 */
export function changeTogether<T extends unknown[]>(
  values: { [K in keyof T]: StoredValue<T[K]> },
  change: (current: T) => NoInfer<T>,
): Promise<T> {
  const run = queue.then(async () => {
    const raw = await area().get(values.map((v) => v.key));
    const next = change((await Promise.all(values.map((v) => v.read(raw[v.key])))) as T);
    const items = await Promise.all(values.map(async (v, i) => [v.key, await v.stored(next[i])]));
    await write(Object.fromEntries(items));
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
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
  /** How the value is kept, when not as it is (the keys are encrypted: vault.ts). */
  codec?: { open(raw: unknown): Promise<unknown>; seal(value: unknown): Promise<unknown> },
): StoredValue<z.infer<S>> {
  const parse = (raw: unknown): z.infer<S> => {
    if (raw === undefined) return fallback;
    const result = z.safeParse(schema, migrate(raw));
    if (result.success) return result.data;
    console.warn(`Sharebeam: stored "${key}" unreadable, defaults used`);
    return fallback;
  };
  const value: StoredValue<z.infer<S>> = {
    key,
    parse,
    read: async (raw) => parse(codec ? await codec.open(raw) : raw),
    stored: async (next) => (codec ? codec.seal(z.parse(schema, next)) : z.parse(schema, next)),
    get: async () => value.read((await area().get(key))[key]),
    // Without a codec the write starts in the caller's own event (a popup closing right after a
    // keystroke keeps it: composer/model.ts).
    set: (next) => (codec ? value.stored(next).then((sealed) => write({ [key]: sealed })) : write({ [key]: z.parse(schema, next) })),
    update: (change) => changeTogether<[z.infer<S>]>([value], ([current]) => [change(current)]).then(([next]) => next),
  };
  return value;
}

/** Calls back with the parsed new value whenever any context changes it (pages only: never the keys). */
export function watchValue<T>(value: StoredValue<T>, callback: (next: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && value.key in changes) callback(value.parse(changes[value.key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
