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

/**
 * Run `then` once the page's first contentful paint is on screen: its entry is reported after the
 * frame is presented (a frame's requestAnimationFrame runs before; loading begun there could start
 * before the paint shows, and Lighthouse then counts the app's download into the paint). Where
 * paint timing is missing, after the next frame.
 */
function afterFirstPaint(then: () => void): void {
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(then, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(then, 0));
}

// A hidden tab paints nothing, so it starts at once; a frame the browser does not render (an embed
// out of view) starts it after a second at most.
if (document.visibilityState === 'hidden') start();
else {
  setTimeout(start, 1000);
  afterFirstPaint(start);
}
