import { useContext, useState } from 'react';
import { useBrowserValue } from '../hooks/useBrowserValue';
import { Prerendering } from '../prerendering';
import { TextView } from './TextView';

const inTheBrowser = () => false;
/** An element whose content React leaves as the page's HTML has it. */
const AS_PRERENDERED = { __html: '' };

/**
 * What the diagram area shows until the diagram is drawn: its text twin (the text view of the same
 * layers). The build prerenders the page with it, so a reader sees the hypotheses and every cited
 * interaction before any script has run, or with none; the canvas replaces it once drawn. When the
 * app takes the prerendered page over, the twin's markup is kept as it is rather than hydrated (most
 * of the page's elements, soon replaced by the diagram); rendered in the browser, it is built.
 */
export function DiagramTwin() {
  const prerendering = useContext(Prerendering);
  // True while React renders on the server or takes its page over; false in a browser's own render.
  const fromServer = useBrowserValue(inTheBrowser, true);
  const [inherited] = useState(() => fromServer && !prerendering);
  if (inherited)
    return <div className="diagram-twin" dangerouslySetInnerHTML={AS_PRERENDERED} suppressHydrationWarning />;
  return (
    <div className="diagram-twin">
      <p className="diagram-twin-note muted">The diagram is drawn here; until then, the same content as text.</p>
      <TextView />
    </div>
  );
}
