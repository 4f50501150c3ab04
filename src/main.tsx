import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { fetchBuiltIn } from './builtInModel';
import { resetControls } from './lib/resetControls';
import { startAutoHeight } from './store/autoHeight';
import { boot } from './store/boot';
import { startEmbedBridge } from './store/embedBridge';
import { VIEW_KEY_ATTRIBUTE, viewKey } from './store/prerender';
import { startPresenterBridge } from './store/presenterBridge';
import { appStore } from './store/store';
import { App } from './ui/App';

const root = document.getElementById('root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The built page holds its default view, prerendered (scripts/prerender.ts): it stays on screen
// until the model is loaded. The dev server's page is empty, so the app renders at once.
const prerendered = root?.getAttribute(VIEW_KEY_ATTRIBUTE) ?? null;
if (root && prerendered === null) createRoot(root).render(app);

// Loaded by start.ts, which has started fetching the built-in model and loading the canvas engine.
void boot(fetchBuiltIn)
  .finally(() => {
    if (!root || prerendered === null) return;
    // The same state as the prerendered page: take its markup over. Another (an address's view, a
    // kept file, another theme): render afresh, replacing the prerendered page in one commit.
    if (viewKey(appStore.getState()) === prerendered) {
      resetControls(root);
      hydrateRoot(root, app);
    } else createRoot(root).render(app);
  })
  .then(() => {
    // The presenter view and the projected window keep the tour step together (same origin only).
    if (!appStore.getState().embed) startPresenterBridge(appStore);
    if (window.parent === window) return;
    // Framed by a course page: speak the message API and report the content height.
    startEmbedBridge(appStore);
    startAutoHeight({ targetOrigin: appStore.getState().origin ?? '*' });
  });
