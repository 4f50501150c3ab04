/**
 * URL ⇄ store. The URL is read once per model load; afterwards every change of URL-held state is
 * written back with `history.replaceState` (no router, no history entries per toggle).
 */
import { readUrlState, serializeUrlState } from '../model/url';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { AppState } from './types';

type Store = UseBoundStore<StoreApi<AppState>>;

/** Apply the URL's state to the loaded model; each problem becomes a notice. */
export function applyUrl(store: Store, search: string): void {
  const { model } = store.getState();
  if (!model) return;
  const { state, notices } = readUrlState(model, search);
  if (state.layers) store.getState().setLayers(state.layers);
  if (state.selection !== undefined) store.getState().select(state.selection);
  for (const text of notices) store.getState().addNotice(text);
}

export function currentQuery(state: AppState): string | null {
  return state.model
    ? serializeUrlState(state.model, { layers: state.activeLayers, selection: state.selection })
    : null;
}

/** Keep the address bar in step with the store. Returns the unsubscribe function. */
export function syncUrl(store: Store, win: Pick<Window, 'location' | 'history'> = window): () => void {
  let last = currentQuery(store.getState());
  return store.subscribe((state) => {
    const query = currentQuery(state);
    if (query === null || query === last) return;
    last = query;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    try {
      win.history.replaceState(win.history.state, '', url);
    } catch {
      // Some sandboxed frames refuse history access; the state still works, only the link lags.
    }
  });
}
