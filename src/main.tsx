import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The built-in model is a separate file (not in the JS bundle), fetched from this site at start-up.
import builtInUrl from '../data/antidepressants.json?url';
import { startAutoHeight } from './store/autoHeight';
import { boot } from './store/boot';
import { startEmbedBridge } from './store/embedBridge';
import { startPresenterBridge } from './store/presenterBridge';
import { appStore } from './store/store';
import { App } from './ui/App';
// The theme colours, type scale and spacing as custom properties, generated from model/tokens.ts.
import 'virtual:design-tokens.css';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const loadBuiltIn = async (): Promise<unknown> => {
  const response = await fetch(builtInUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

void boot(loadBuiltIn).then(() => {
  // The presenter view and the projected window keep the tour step together (same origin only).
  if (!appStore.getState().embed) startPresenterBridge(appStore);
  if (window.parent === window) return;
  // Framed by a course page: speak the message API and report the content height.
  startEmbedBridge(appStore);
  startAutoHeight({ targetOrigin: appStore.getState().origin ?? '*' });
});
