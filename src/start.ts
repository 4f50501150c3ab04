/**
 * The page's script. The built page holds its default view already (prerendered): it paints from
 * the HTML and the stylesheet alone. Once it has, the app (`main.tsx`), the canvas engine (Cytoscape)
 * and the built-in model load side by side; before, they would share the network with the
 * stylesheet and hold back the first paint.
 */
import { fetchBuiltIn } from './builtInModel';
import { loadEngine } from './graph/loadEngine';
// The stylesheet, linked from the page's head: the theme colours, type scale and spacing as custom
// properties (generated from model/tokens.ts), then the app's styles.
import 'virtual:design-tokens.css';
import './ui/styles.css';

function start(): void {
  void fetchBuiltIn().catch(() => {
    // Start-up reports it, with the reason, when it asks for the model.
  });
  void loadEngine();
  void import('./main');
}

// After the next frame has painted; a hidden tab paints no frame, so it starts at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
