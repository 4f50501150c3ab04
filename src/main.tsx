import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import builtIn from '../data/antidepressants.json';
import { boot } from './store/boot';
import { App } from './ui/App';
import './ui/styles.css';

void boot(builtIn);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
