import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import builtIn from '../data/antidepressants.json';
import { startAutoHeight } from './store/autoHeight';
import { boot } from './store/boot';
import { startEmbedBridge } from './store/embedBridge';
import { useAppStore } from './store/store';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot(builtIn).then(() => {
  if (window.parent === window) return;
  // Framed by a course page: speak the message API and report the content height.
  startEmbedBridge(useAppStore);
  startAutoHeight({ targetOrigin: useAppStore.getState().origin ?? '*' });
});
