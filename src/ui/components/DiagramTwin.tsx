import { useContext, useEffect, useState } from 'react';
import { PageRenderContext } from '../prerendering';
import { TextView } from './TextView';

/** An element whose content React leaves as the page's HTML has it. */
const AS_PRERENDERED = { __html: '' };
/** Whether the page's twin has been taken over: a twin mounted after it (a view switched) is built. */
let keptOnce = false;

/**
 * What the diagram area shows until the diagram is drawn: its text twin (the text view of the same
 * layers). The build prerenders the page with it, so a reader sees the hypotheses and every cited
 * interaction before any script has run, or with none; the canvas replaces it once drawn. When the
 * app takes the prerendered page over, the twin's markup is kept as it is rather than hydrated (most
 * of the page's elements, soon replaced by the diagram); rendered in the browser, it is built.
 */
export function DiagramTwin() {
  const page = useContext(PageRenderContext);
  const [inherited] = useState(() => page === 'hydrate' && !keptOnce);
  useEffect(() => {
    if (inherited) keptOnce = true;
  }, [inherited]);
  if (inherited)
    return <div className="diagram-twin" dangerouslySetInnerHTML={AS_PRERENDERED} suppressHydrationWarning />;
  return (
    <div className="diagram-twin">
      <p className="diagram-twin-note muted">The diagram is drawn here; until then, the same content as text.</p>
      <TextView />
    </div>
  );
}
