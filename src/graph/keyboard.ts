/**
 * Keyboard on the canvas: arrow keys move the keyboard focus between connected nodes and edges,
 * Enter or Space selects the focused element (opening its details). Esc is handled app-wide.
 */
import type { Core } from 'cytoscape';
import type { StoreApi, UseBoundStore } from 'zustand';
import { isArrowKey, navigate } from '../model/keyboardNav';
import type { Model } from '../model/model';
import { selectLayerView } from '../store/selectors';
import type { AppState } from '../store/types';

export function bindKeyboard(cy: Core, model: Model, store: UseBoundStore<StoreApi<AppState>>): () => void {
  const container = cy.container();
  if (!container) return () => {};
  const onKey = (e: KeyboardEvent) => {
    const state = store.getState();
    const view = selectLayerView(state);
    if (!view || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isArrowKey(e.key)) {
      e.preventDefault();
      state.setFocused(navigate(model, view, state.focused ?? state.selection, e.key));
    } else if ((e.key === 'Enter' || e.key === ' ') && state.focused) {
      e.preventDefault();
      state.select(state.focused);
    }
  };
  container.addEventListener('keydown', onKey);
  return () => container.removeEventListener('keydown', onKey);
}
