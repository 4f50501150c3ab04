import { useMemo } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { shortCitation, primaryLink } from '../../model/citation';
import { referenceOf } from '../../model/model';
import { selectLayerVisibility, selectModel } from '../../store/selectors';
import { appActions } from '../../store/store';
import { ExternalLink } from './ExternalLink';
import { LineSample } from './Glyphs';

/** The hypotheses, each with a switch, its notation, summary, key papers and its edges. */
export function LayerPanel() {
  const model = useAppStore(selectModel);
  const layers = useAppStore(selectLayerVisibility);
  const edgesByLayer = useMemo(() => {
    const map = new Map<string, { id: string; text: string }[]>();
    if (!model) return map;
    for (const edge of model.pathway.edges) {
      const text = `${model.nodeById.get(edge.source)?.label ?? edge.source} → ${model.nodeById.get(edge.target)?.label ?? edge.target}`;
      for (const layer of edge.layers) map.set(layer, [...(map.get(layer) ?? []), { id: edge.id, text }]);
    }
    return map;
  }, [model]);
  if (!model) return null;
  const { toggleLayer, showAllLayers, showDefaultLayers, select } = appActions();

  return (
    <section className="layer-panel" aria-labelledby="layers-heading">
      <div className="panel-heading">
        <h2 id="layers-heading">Hypotheses</h2>
        <div className="button-row">
          <button type="button" onClick={showAllLayers}>
            Show all
          </button>
          <button type="button" onClick={showDefaultLayers}>
            Defaults
          </button>
        </div>
      </div>
      <ol className="layer-list">
        {layers.map(({ layer, number, on }) => {
          const edges = edgesByLayer.get(layer.id) ?? [];
          return (
            <li key={layer.id} className={on ? 'layer is-on' : 'layer'} data-layer={layer.id}>
              <label className="layer-toggle">
                <input type="checkbox" checked={on} onChange={() => toggleLayer(layer.id)} />
                <LineSample color={layer.color} lineStyle={layer.lineStyle} />
                <span className="layer-title">
                  {number}. {layer.title}
                  {layer.role === 'critique' && <span className="tag">critique</span>}
                </span>
              </label>
              <p className="layer-summary">{layer.summary}</p>
              {layer.references.length > 0 && (
                <p className="layer-refs">
                  Key papers:{' '}
                  {layer.references.map((key, j) => {
                    const ref = referenceOf(model, key);
                    if (!ref) return null;
                    const href = primaryLink(ref);
                    return (
                      <span key={key}>
                        {j > 0 && '; '}
                        {href ? <ExternalLink href={href}>{shortCitation(ref)}</ExternalLink> : shortCitation(ref)}
                      </span>
                    );
                  })}
                </p>
              )}
              <details className="layer-edges">
                <summary>
                  {edges.length} interaction{edges.length === 1 ? '' : 's'}
                </summary>
                <ul>
                  {edges.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        className="link-button"
                        data-edge-button={e.id}
                        onClick={() => select({ kind: 'edge', id: e.id })}
                      >
                        {e.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
