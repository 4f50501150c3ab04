import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * A fact of the browser that does not change while the page is open (whether fullscreen is
 * allowed, say), read with `read` in the browser. The prerender, and the render that takes its page
 * over, get `assumed` instead, so both draw the same markup; React then renders again with the
 * browser's value where it differs.
 */
export function useBrowserValue<T>(read: () => T, assumed: T): T {
  return useSyncExternalStore(neverChanges, read, () => assumed);
}
