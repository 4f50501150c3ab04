import { TextView } from './TextView';

/**
 * What the diagram area shows until the diagram is drawn: its text twin (the text view of the same
 * layers). The build prerenders the page with it, so a reader sees the hypotheses and every cited
 * interaction before any script has run, or with none; the canvas replaces it once drawn.
 */
export function DiagramTwin() {
  return (
    <div className="diagram-twin">
      <p className="diagram-twin-note muted">The diagram is drawn here; until then, the same content as text.</p>
      <TextView />
    </div>
  );
}
