/**
 * Auto-height for embedding: tells the host page how tall the content is, in two dialects.
 * - `pathway-layers:resize` with `height`, on every change;
 * - H5P's resizer protocol (`{ context: 'h5p', action: 'hello' | 'prepareResize' | 'resize' }`), so
 *   course pages that already load h5p-resizer.js size the frame with no integration work.
 * Neither carries state, so both may go to '*' when the host gave no origin.
 */
import { message } from '../model/embedProtocol';

export interface AutoHeightOptions {
  /** Where to post: the host origin, or '*' when none was given. */
  targetOrigin: string;
  win?: Window;
}

export function startAutoHeight({ targetOrigin, win = window }: AutoHeightOptions): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const doc = win.document;
  const height = () => Math.ceil(doc.documentElement.scrollHeight);
  const post = (data: Record<string, unknown>) => {
    try {
      parent.postMessage(data, targetOrigin);
    } catch {
      // ignore: the host went away
    }
  };
  let h5pReady = false;
  let lastSent = -1;
  const prepare = () =>
    post({
      context: 'h5p',
      action: 'prepareResize',
      scrollHeight: height(),
      clientHeight: doc.documentElement.clientHeight,
    });
  const report = () => {
    const h = height();
    if (h === lastSent) return;
    lastSent = h;
    post(message('resize', { height: h }));
    if (h5pReady) prepare();
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { context?: unknown }).context !== 'h5p') return;
    const action = (data as { action?: unknown }).action;
    if (action === 'hello') {
      h5pReady = true;
      prepare();
    } else if (action === 'resizePrepared') {
      const h = height();
      post({ context: 'h5p', action: 'resize', height: h, scrollHeight: h });
    } else if (action === 'resize') prepare();
  };
  win.addEventListener('message', onMessage);
  post({ context: 'h5p', action: 'hello' });
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(report) : null;
  observer?.observe(doc.body);
  report();
  return () => {
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
