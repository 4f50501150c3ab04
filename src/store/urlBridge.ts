/**
 * URL ⇄ store, as a pure mapping and its inverse: `stateFromUrl(model, search)` gives every
 * URL-held field (applied in one `set()`), and `urlStateOf(state)` gives the address's state back.
 * The URL is read once per model load; afterwards every change of URL-held state is written back
 * with `history.replaceState` (no router, no history entry per toggle).
 */
import { layersShowing, orderLayers } from '../model/layers';
import type { Model } from '../model/model';
import { namedTargets, readUrlState, serializeUrlState, type UrlState } from '../model/url';
import type { AppStore } from './store';
import type { AppState } from './types';

type Store = AppStore;

/** The URL-held fields of the store. */
type UrlHeldState = Pick<
  AppState,
  | 'activeLayers'
  | 'selection'
  | 'tour'
  | 'step'
  | 'experiment'
  | 'compare'
  | 'sideBySide'
  | 'view'
  | 'theme'
  | 'present'
  | 'presenter'
  | 'pathwayUrl'
  | 'embed'
  | 'controls'
  | 'origin'
  | 'focus'
>;

/** What `urlStateOf` reads: the URL-held fields and the model they refer to. */
export type UrlSource = UrlHeldState & Pick<AppState, 'model'>;

export interface UrlApplication {
  /** Every URL-held field, to apply in one `set()`, with the study state that goes with it. */
  readonly state: UrlHeldState & Pick<AppState, 'pathLayer' | 'highlightRef' | 'questionsOpen' | 'focused'>;
  /** What was ignored, and why. */
  readonly notices: readonly string[];
}

/**
 * The state an address describes for a model: pure, and total (an address that names nothing
 * valid gives the model's defaults). A tour step sets layers and the experiment; `compare` shows
 * its two layers; explicit `layers` and `experiment` then refine that. Without explicit `layers`,
 * a `select=` or `focus=` target that those layers would not draw turns on a layer that does.
 */
export function stateFromUrl(model: Model, search: string): UrlApplication {
  const { state: url, notices } = readUrlState(model, search);
  const step = url.tour ? model.tourById.get(url.tour)?.steps[(url.step ?? 1) - 1] : undefined;
  const tour = step && url.tour ? url.tour : null;
  let layers: readonly string[] = step ? orderLayers(model, step.layers) : model.defaultLayerIds;
  let experiment: string | null = step?.experiment ?? null;
  if (url.compare) layers = orderLayers(model, url.compare);
  if (url.experiment !== undefined) experiment = url.experiment;
  // What the address names is drawn: unless it lists its layers, they grow to show it.
  if (url.layers) layers = url.layers;
  else layers = layersShowing(model, layers, namedTargets(url));
  return {
    state: {
      activeLayers: layers,
      selection: url.selection ?? null,
      tour,
      step: tour ? (url.step ?? 1) : null,
      experiment,
      compare: url.compare ?? null,
      sideBySide: Boolean(url.compare && url.sideBySide),
      view: url.view ?? 'diagram',
      theme: url.theme ?? null,
      present: url.present ?? false,
      presenter: url.presenter ?? false,
      pathwayUrl: url.pathway ?? null,
      embed: url.embed ?? false,
      controls: url.controls ?? null,
      origin: url.origin ?? null,
      focus: url.focus ?? [],
      pathLayer: null,
      highlightRef: null,
      questionsOpen: false,
      focused: null,
    },
    notices,
  };
}

/** Apply the URL's state to the loaded model in one store update; each problem becomes a notice. */
export function applyUrl(store: Store, search: string): void {
  const { model } = store.getState();
  if (!model) return;
  const { state, notices } = stateFromUrl(model, search);
  store.setState(state);
  for (const text of notices) store.getState().addNotice(text);
}

/**
 * `experiment` for the address: the running one; or an explicit "none" when the current tour step
 * would start one on opening; or nothing.
 */
function experimentField(state: UrlSource): { experiment?: string | null } {
  if (state.experiment) return { experiment: state.experiment };
  const step = state.tour && state.step ? state.model?.tourById.get(state.tour)?.steps[state.step - 1] : undefined;
  return step?.experiment ? { experiment: null } : {};
}

/** The URL-held part of the state. */
export function urlStateOf(state: UrlSource): UrlState {
  return {
    ...(state.pathwayUrl ? { pathway: state.pathwayUrl } : {}),
    layers: state.activeLayers,
    selection: state.selection,
    ...(state.focus.length ? { focus: state.focus } : {}),
    ...(state.tour ? { tour: state.tour, step: state.step ?? 1 } : {}),
    ...experimentField(state),
    ...(state.compare ? { compare: state.compare } : {}),
    ...(state.compare && state.sideBySide ? { sideBySide: true } : {}),
    view: state.view,
    ...(state.theme ? { theme: state.theme } : {}),
    ...(state.present ? { present: true } : {}),
    ...(state.presenter ? { presenter: true } : {}),
    embed: state.embed,
    ...(state.controls ? { controls: state.controls } : {}),
    ...(state.origin ? { origin: state.origin } : {}),
  };
}

export function currentQuery(state: UrlSource): string | null {
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
  // currentQuery is a string, so the listener runs only when the address would change.
  return store.subscribe(currentQuery, () => write(store.getState()));
}
