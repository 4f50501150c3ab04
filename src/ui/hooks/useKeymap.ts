import { useEffect, useRef } from 'react';
import { appStore } from '../../store/store';
import { handleKey, type UiHandlers } from '../keymap';

/** True when a key press is meant for a field or a control, not for the shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** The one document keydown listener: each key press runs at most one binding of the keymap. */
export function useKeymap(ui: UiHandlers): void {
  // The handlers may change identity between renders; the listener reads the latest.
  const handlers = useRef(ui);
  useEffect(() => {
    handlers.current = ui;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const taken = handleKey(e, {
        state: appStore.getState(),
        typing: isTyping(e.target),
        dialogOpen: document.querySelector('dialog[open], [aria-modal="true"]') !== null,
        canvasFocused: Boolean(target?.closest('.graph-canvas')),
        ui: handlers.current,
      });
      if (taken) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
