/**
 * Preact binding for the vanilla presets store, with `preact/hooks` only (zustand's React entry would
 * pull in preact/compat). Re-renders only when the selected value changes by `equals`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { PresetsState } from './store';

export function useStoreSelector<S, T>(
  store: StoreApi<S>,
  selector: (state: S) => T,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  // Read on every render, so the value is never older than the store (no tearing after a prop change).
  const selected = selector(store.getState());
  const latest = useRef({ selector, equals, selected });
  latest.current = { selector, equals, selected };
  const [, rerender] = useState(0);

  useEffect(() => {
    const check = (): void => {
      const { selector: select, equals: same, selected: shown } = latest.current;
      const next = select(store.getState());
      if (!same(shown, next)) rerender((n) => n + 1);
    };
    // The store may have changed between render and subscription.
    check();
    return store.subscribe(check);
  }, [store]);

  return selected;
}

/** `usePresets(store, (s) => s.hydrated)`, `usePresets(store, selectSortedPresets)`, … */
export function usePresets<T>(
  store: StoreApi<PresetsState>,
  selector: (state: PresetsState) => T,
  equals?: (a: T, b: T) => boolean,
): T {
  return useStoreSelector(store, selector, equals);
}
