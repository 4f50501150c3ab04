import { useEffect } from 'react';
import { selectShortcutsEnabled } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';

/** True when a key press is meant for a field or a control, not for the presenter shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export interface ShortcutHandlers {
  toggleFullscreen: () => void;
  openHelp: () => void;
}

/**
 * Presenter keys: 1–9 toggle layer n, 0 shows all, `f` fullscreen, `t` cycles the theme, `?` opens
 * the list of shortcuts. Inert while typing in a field, with a modifier held, or when switched off.
 */
export function useShortcuts({ toggleFullscreen, openHelp }: ShortcutHandlers): void {
  const enabled = useAppStore(selectShortcutsEnabled);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const { model, toggleLayer, showAllLayers, cycleTheme } = {
        ...appActions(),
        model: useAppStore.getState().model,
      };
      if (!model) return;
      if (/^[1-9]$/.test(e.key)) {
        const id = model.layerIds[Number(e.key) - 1];
        if (id) toggleLayer(id);
      } else if (e.key === '0') showAllLayers();
      else if (e.key === 'f') toggleFullscreen();
      else if (e.key === 't') cycleTheme();
      else if (e.key === '?') openHelp();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, toggleFullscreen, openHelp]);
}
