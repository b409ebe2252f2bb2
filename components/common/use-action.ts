import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { describeError } from '@/utils/ayrshare/describe';

/** Work a component starts (a load, a click) and what came of it, as the component shows it. */
export interface Action<T> {
  /** What the last run gave; kept while the next one is under way, so a list does not flicker. */
  readonly value: T | undefined;
  /** Under way: its button is off, so a second click cannot send it twice. */
  readonly busy: boolean;
  /** Why the last run failed, in words the user can act on. */
  readonly error: string | undefined;
  /** Runs `work`; resolves true when it succeeded. Only the latest run's outcome is shown. */
  run(work: () => Promise<T>): Promise<boolean>;
  /** Forgets the value and the error. */
  clear(): void;
}

interface State<T> {
  busy: boolean;
  value?: T;
  error?: string;
}

/**
 * The load/busy/error state every page writes the same way. With `load`, it runs when the
 * component appears and again when `deps` change.
 */
export function useAction<T = void>(load?: () => Promise<T>, deps: readonly unknown[] = []): Action<T> {
  const state = useSignal<State<T>>({ busy: load !== undefined });
  const controls = useMemo(() => {
    let latest = 0;
    return {
      async run(work: () => Promise<T>) {
        const mine = ++latest;
        state.value = { busy: true, value: state.peek().value };
        try {
          const value = await work();
          if (mine === latest) state.value = { busy: false, value };
          return true;
        } catch (error) {
          if (mine === latest) state.value = { busy: false, error: describeError(error) };
          return false;
        }
      },
      clear: () => void (state.value = { busy: false }),
    };
  }, []);
  useEffect(() => {
    if (load) void controls.run(load);
  }, deps);
  const { busy, value, error } = state.value;
  return { busy, value, error, run: controls.run, clear: controls.clear };
}
