import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';

/**
 * A store's selected value, re-rendering when it changes (by `Object.is`), as zustand's `useStore`,
 * except for the server snapshot: zustand's is the store's initial state, this one is its current
 * state. The build prerenders the page from a store holding the built-in model, and the browser
 * hydrates that markup from a store in the same state (`store/prerender.ts`): both must read it.
 */
export function useStoreState<S, T>(store: Pick<StoreApi<S>, 'subscribe' | 'getState'>, selector: (state: S) => T): T {
  const select = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, select, select);
}
