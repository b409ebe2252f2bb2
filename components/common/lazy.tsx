import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown. Whatever the popup does not need for
 * its first paint (results, error texts, panels) comes this way, so the composer appears at once.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [, setReady] = useState(Boolean(loaded));
    useEffect(() => {
      if (loaded) return;
      loading ??= load().then((component) => (loaded = component));
      void loading.then(() => setReady(true));
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  };
}
