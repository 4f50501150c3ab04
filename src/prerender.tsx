/**
 * The build-time render of the page (`scripts/prerender.ts` loads this through Vite's SSR and writes
 * the result into `dist/index.html`): the app as it first shows the built-in model with no address
 * parameters, from the same components and the same start-up as the browser. Its diagram area holds
 * the text twin of the view, so a reader sees the hypotheses and every cited interaction before any
 * script has run, or with none.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { showBuiltInValue } from './store/boot';
import { VIEW_KEY_ATTRIBUTE, viewKey } from './store/prerender';
import { appStore } from './store/store';
import { App } from './ui/App';
import { PageRenderContext } from './ui/prerendering';

export interface Prerendered {
  /** The markup of the root element's content. */
  readonly html: string;
  /** The key of the state it was rendered from, for the root element's `data-view-key`. */
  readonly key: string;
  readonly attribute: string;
}

export async function renderPage(builtIn: unknown): Promise<Prerendered> {
  if (!showBuiltInValue(builtIn))
    throw new Error(`the built-in model does not load: ${JSON.stringify(appStore.getState().loadErrors.slice(0, 3))}`);
  const { prelude } = await prerender(
    <StrictMode>
      <PageRenderContext value="prerender">
        <App />
      </PageRenderContext>
    </StrictMode>,
    // All in place, in order: no boundary is sent apart to be moved in by an inline script (the
    // page's Content-Security-Policy allows none).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  return { html, key: viewKey(appStore.getState()), attribute: VIEW_KEY_ATTRIBUTE };
}
