import { useCallback, useEffect, useState } from 'react';
import { graphController } from '../../store/graphController';
import { appStore } from '../../store/store';
import { useBrowserValue } from './useBrowserValue';

/**
 * The phone layout's width. styles.css lays the page out for phones under the same media query
 * (its "Phone layout" block); tests/unit/phone.test.tsx checks that the two agree.
 */
export const PHONE_QUERY = '(max-width: 640px)';

function phoneQuery(): MediaQueryList | null {
  // jsdom (and very old browsers) have no matchMedia: not a phone.
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(PHONE_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = phoneQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isPhone = () => phoneQuery()?.matches ?? false;

/**
 * True while the window is phone-sized. The layout itself is CSS; this is only for what behaves
 * differently there (bottom sheets, the menu, the chip row).
 */
function useIsPhone(): boolean {
  return useBrowserValue(isPhone, false, subscribe);
}

/** The two bottom sheets of the phone layout: the study tools (left panel) and the details (right). */
export type SheetId = 'study' | 'details';

export interface PhoneLayout {
  readonly phone: boolean;
  /** The open sheet, if any (one at a time). */
  readonly sheet: SheetId | null;
  /** Whether the open sheet takes most of the screen rather than about half. */
  readonly full: boolean;
  readonly menuOpen: boolean;
  /** Open a sheet (its content gets the focus when `focus`), or close the open one (null). */
  readonly setSheet: (sheet: SheetId | null, options?: { focus?: boolean }) => void;
  readonly setFull: (full: boolean) => void;
  readonly setMenuOpen: (open: boolean) => void;
}

/** The id of a sheet's element (`aria-controls` of its tab) and of its tab. */
export const sheetElementId = (sheet: SheetId) => `sheet-${sheet}`;
export const sheetTabId = (sheet: SheetId) => `sheet-tab-${sheet}`;

/** The header menu (`aria-controls` of the menu button) and its button. */
export const MENU_ID = 'header-tools';
export const MENU_BUTTON_ID = 'menu-button';

/**
 * Esc inside an open sheet or the open menu closes it and gives the focus back to what opened it.
 * Listened for in the capture phase, so it comes before the keymap (whose Esc clears the selection
 * or ends a tour). A dialog opened from the menu closes by itself instead.
 */
function closeOnEscape(e: KeyboardEvent, close: (what: SheetId | 'menu') => void): void {
  if (e.key !== 'Escape' || e.defaultPrevented || !(e.target instanceof Element) || e.target.closest('dialog')) return;
  const sheet = e.target.closest<HTMLElement>('.sidebar.is-open');
  const what = sheet
    ? (sheet.id.replace('sheet-', '') as SheetId)
    : e.target.closest(`#${MENU_ID}.is-open`)
      ? 'menu'
      : null;
  if (!what) return;
  e.preventDefault();
  close(what);
  document.getElementById(what === 'menu' ? MENU_BUTTON_ID : sheetTabId(what))?.focus();
}

/**
 * The state of the phone layout: which bottom sheet is open, and the header menu. On a phone,
 * selecting a node or an edge opens the details sheet and centres what was selected in the part of
 * the diagram left above it; clearing the selection closes it; starting a tour closes the sheets so
 * the diagram and the caption show.
 */
export function usePhoneLayout(): PhoneLayout {
  const phone = useIsPhone();
  const [sheet, setSheetState] = useState<SheetId | null>(null);
  const [full, setFull] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  const setSheet = useCallback((next: SheetId | null, options?: { focus?: boolean }) => {
    setSheetState(next);
    if (next === null) setFull(false);
    if (next && options?.focus) {
      // After the render that shows it.
      requestAnimationFrame(() => document.getElementById(sheetElementId(next))?.focus());
    }
  }, []);

  useEffect(() => {
    if (!phone) return;
    // The details sheet follows the selection, also what is selected already (an address's
    // `select=`, or a window narrowed to a phone).
    const unsubscribeSheet = appStore.subscribe(
      (s) => s.selection,
      (selection) => {
        if (!selection) {
          setSheetState((open) => (open === 'details' ? null : open));
          return;
        }
        setSheetState('details');
        setMenuOpen(false);
      },
      { fireImmediately: true },
    );
    const unsubscribeCamera = appStore.subscribe(
      (s) => [s.model, s.selection] as const,
      ([model, selection], [prevModel, prevSelection]) => {
        // A selection made before the diagram is drawn (an address's `select=`, applied with the
        // model) keeps the diagram's first framing.
        if (!selection || selection === prevSelection || model !== prevModel || !graphController()) return;
        // Once the sheet has taken its room and the canvas has followed its new size.
        requestAnimationFrame(() => requestAnimationFrame(() => graphController()?.center(selection)));
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    const onKey = (e: KeyboardEvent) =>
      closeOnEscape(e, (what) => (what === 'menu' ? setMenuOpen(false) : setSheet(null)));
    document.addEventListener('keydown', onKey, true);
    const unsubscribeTour = appStore.subscribe(
      (s) => s.tour,
      (tour, prev) => {
        if (tour && tour !== prev) setSheetState(null);
      },
    );
    return () => {
      document.removeEventListener('keydown', onKey, true);
      unsubscribeSheet();
      unsubscribeCamera();
      unsubscribeTour();
    };
  }, [phone, setSheet]);

  return { phone, sheet: phone ? sheet : null, full, menuOpen: phone && menuOpen, setSheet, setFull, setMenuOpen };
}
