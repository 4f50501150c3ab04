import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { fetchBuiltIn } from './builtInModel';
import { resetControls } from './lib/resetControls';
import { boot } from './store/boot';
import { VIEW_KEY_ATTRIBUTE, viewKey } from './store/prerender';
import { startPresenterBridge } from './store/presenterBridge';
import { appStore } from './store/store';
import { App } from './ui/App';
import { type PageRender, PageRenderContext } from './ui/prerendering';

const root = document.getElementById('root');
const app = (page: PageRender) => (
  <StrictMode>
    <PageRenderContext value={page}>
      <App />
    </PageRenderContext>
  </StrictMode>
);
// The built page holds its default view, prerendered (scripts/prerender.ts): it stays on screen
// until the model is loaded. The dev server's page is empty, so the app renders at once.
const prerendered = root?.getAttribute(VIEW_KEY_ATTRIBUTE) ?? null;
if (root && prerendered === null) createRoot(root).render(app('render'));

// Loaded by start.ts, which has started fetching the built-in model and loading the canvas engine.
void boot(fetchBuiltIn)
  .finally(() => {
    if (!root || prerendered === null) return;
    // The same state as the prerendered page: take its markup over. Another (an address's view, a
    // kept file, another theme): render afresh, replacing the prerendered page in one commit.
    // As a transition, so that React yields to the browser every few milliseconds while it works.
    startTransition(() => {
      if (viewKey(appStore.getState()) === prerendered) {
        resetControls(root);
        hydrateRoot(root, app('hydrate'));
      } else createRoot(root).render(app('render'));
    });
  })
  .then(() => {
    // The presenter view and the projected window keep the tour step together (same origin only).
    if (!appStore.getState().embed) startPresenterBridge(appStore);
    if (window.parent === window) return;
    // Framed by a course page: speak the message API and report the content height.
    return import('./store/embedded').then(({ startEmbedded }) => startEmbedded(appStore));
  });
