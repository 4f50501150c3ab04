/**
 * The page is prerendered at build time with the built-in model's default view (`src/prerender.tsx`,
 * run by `scripts/prerender.ts`). Its root element carries the key of the state it was rendered
 * from; the app takes that markup over (hydrates it) only when its own state after start-up has the
 * same key, and otherwise renders afresh over it. The key holds what the first render reads: the
 * model and where it came from, the URL-held view, the theme and what the notices show.
 */
import { selectTheme } from './selectors';
import type { AppState } from './types';
import { currentQuery } from './urlBridge';

/** The attribute of the root element that holds the key of the prerendered state. */
export const VIEW_KEY_ATTRIBUTE = 'data-view-key';

export function viewKey(state: AppState): string {
  return JSON.stringify([
    state.model?.pathway.id ?? null,
    state.modelSource.kind,
    currentQuery(state),
    selectTheme(state),
    state.notices.length,
    state.loadErrors.length,
  ]);
}
