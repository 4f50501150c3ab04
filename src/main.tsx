import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// The built-in model is a separate file (not in the JS bundle), fetched from this site at start-up.
import builtInUrl from '../data/antidepressants.json?url';
import { loadEngine } from './graph/loadEngine';
import { startAutoHeight } from './store/autoHeight';
import { boot } from './store/boot';
import { startEmbedBridge } from './store/embedBridge';
import { VIEW_KEY_ATTRIBUTE, viewKey } from './store/prerender';
import { startPresenterBridge } from './store/presenterBridge';
import { appStore } from './store/store';
import { App } from './ui/App';
// The theme colours, type scale and spacing as custom properties, generated from model/tokens.ts.
import 'virtual:design-tokens.css';
import './ui/styles.css';

// The canvas engine (Cytoscape) loads while the page starts; index.html also preloads its chunk.
void loadEngine();

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

const loadBuiltIn = async (): Promise<unknown> => {
  const response = await fetch(builtInUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

void boot(loadBuiltIn)
  .finally(() => {
    if (!root || prerendered === null) return;
    // The same state as the prerendered page: take its markup over. Another (an address's view, a
    // kept file, another theme): render afresh, replacing the prerendered page in one commit.
    if (viewKey(appStore.getState()) === prerendered) hydrateRoot(root, app);
    else createRoot(root).render(app);
  })
  .then(() => {
    // The presenter view and the projected window keep the tour step together (same origin only).
    if (!appStore.getState().embed) startPresenterBridge(appStore);
    if (window.parent === window) return;
    // Framed by a course page: speak the message API and report the content height.
    startEmbedBridge(appStore);
    startAutoHeight({ targetOrigin: appStore.getState().origin ?? '*' });
  });
