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

let started = false;

function start(): void {
  if (started) return;
  started = true;
  performance.mark('pathway-layers:start');
  void fetchBuiltIn().catch(() => {
    // Start-up reports it, with the reason, when it asks for the model.
  });
  void loadEngine();
  void import('./main');
}

// After the next frame has painted. A hidden tab paints no frame, so it starts at once; a frame the
// browser does not render (an embed out of view) starts it after a second at most.
if (document.visibilityState === 'hidden') start();
else {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 1000);
}
