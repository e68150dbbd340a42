/** @module Loading data for a view: the value, the error, and a way to try again. */
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'error'; readonly error: Error };

/** Runs `load` whenever `deps` change (and when `reload` is called); stale answers are dropped. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ state: 'ok', value }),
      (error: unknown) =>
        current &&
        setLoaded({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { ...loaded, reload };
}
