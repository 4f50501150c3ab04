import { appActions } from '../store/store';

/** The presenter window this window opened, while it is open. */
let opened: Window | null = null;

/**
 * Open the presenter view in a second window: this address with `presenter=1` (the fragment, which
 * may hold the pathway, comes too); if it is already open, bring it forward. Says so when the
 * browser blocks the window.
 */
export function openPresenterWindow(): void {
  if (opened && !opened.closed) {
    opened.focus();
    return;
  }
  const url = new URL(window.location.href);
  url.searchParams.set('presenter', '1');
  opened = window.open(url.href, '_blank', 'popup,width=960,height=720');
  if (!opened) appActions().addNotice('The browser blocked the presenter window: allow pop-ups for this site.');
}
