/**
 * URL ⇄ store. The URL is read once per model load; afterwards every change of URL-held state is
 * written back with `history.replaceState` (no router, no history entry per toggle).
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import { readUrlState, serializeUrlState, type UrlState } from '../model/url';
import type { AppState } from './types';

type Store = UseBoundStore<StoreApi<AppState>>;

/** Apply the URL's state to the loaded model; each problem becomes a notice. */
export function applyUrl(store: Store, search: string): void {
  const { model } = store.getState();
  if (!model) return;
  const { state, notices } = readUrlState(model, search);
  const s = store.getState();
  // A tour step sets layers and the experiment; explicit parameters then refine it.
  if (state.tour) s.goToStep(state.tour, state.step ?? 1);
  if (state.compare) s.setCompare(state.compare);
  if (state.experiment !== undefined) s.runExperiment(state.experiment);
  if (state.layers) s.setLayers(state.layers);
  if (state.focus?.length) s.frame(state.focus);
  if (state.selection !== undefined) s.select(state.selection);
  if (state.theme) s.setTheme(state.theme);
  if (state.view) s.setView(state.view);
  s.setConfig({
    pathwayUrl: state.pathway ?? null,
    embed: state.embed ?? false,
    controls: state.controls ?? null,
    origin: state.origin ?? null,
    focus: state.focus ?? [],
  });
  for (const text of notices) s.addNotice(text);
}

/**
 * `experiment` for the address: the running one; or an explicit "none" when the current tour step
 * would start one on opening; or nothing.
 */
function experimentField(state: AppState): { experiment?: string | null } {
  if (state.experiment) return { experiment: state.experiment };
  const step = state.tour && state.step ? state.model?.tourById.get(state.tour)?.steps[state.step - 1] : undefined;
  return step?.experiment ? { experiment: null } : {};
}

/** The URL-held part of the state. */
export function urlStateOf(state: AppState): UrlState {
  return {
    ...(state.pathwayUrl ? { pathway: state.pathwayUrl } : {}),
    layers: state.activeLayers,
    selection: state.selection,
    ...(state.focus.length ? { focus: state.focus } : {}),
    ...(state.tour ? { tour: state.tour, step: state.step ?? 1 } : {}),
    ...experimentField(state),
    ...(state.compare ? { compare: state.compare } : {}),
    view: state.view,
    ...(state.theme ? { theme: state.theme } : {}),
    embed: state.embed,
    ...(state.controls ? { controls: state.controls } : {}),
    ...(state.origin ? { origin: state.origin } : {}),
  };
}

export function currentQuery(state: AppState): string | null {
  return state.model ? serializeUrlState(state.model, urlStateOf(state)) : null;
}

/**
 * Keep the address bar in step with the store, starting with the canonical form of the address
 * it was opened with (ignored values dropped). Returns the unsubscribe function.
 */
export function syncUrl(store: Store, win: Pick<Window, 'location' | 'history'> = window): () => void {
  let last = win.location.search;
  const write = (state: AppState) => {
    const query = currentQuery(state);
    if (query === null || query === last) return;
    last = query;
    try {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${query}${win.location.hash}`);
    } catch {
      // Some sandboxed frames refuse history access; the state still works, only the link lags.
    }
  };
  write(store.getState());
  return store.subscribe(write);
}
