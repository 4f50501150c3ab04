/**
 * What a page framed by a course page runs: the message API (`embedBridge.ts`) and the content-height
 * reports (`autoHeight.ts`). Loaded by `main.tsx` only when the page is framed, so a page opened on
 * its own never loads them.
 */
import { startAutoHeight } from './autoHeight';
import { startEmbedBridge } from './embedBridge';
import type { appStore } from './store';

export function startEmbedded(store: typeof appStore): void {
  startEmbedBridge(store);
  startAutoHeight({ targetOrigin: store.getState().origin ?? '*' });
}
