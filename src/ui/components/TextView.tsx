import { useEffect } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { primaryLink, shortCitation } from '../../model/citation';
import { edgeHeadline, labelOf } from '../../model/describe';
import { referenceOf, type Model } from '../../model/model';
import type { PathwayEdge } from '../../model/types';
import { EVIDENCE_KIND_LABEL, MODIFIER_KIND_LABEL } from '../../model/vocab';
import { selectLayerView, selectLayerVisibility, selectModel, selectSelection } from '../../store/selectors';
import { appActions } from '../../store/store';
import { ExternalLink } from './ExternalLink';
import { LineSample } from './Glyphs';

/**
 * The accessible text twin of the diagram: each shown hypothesis as a section, each interaction as
 * a sentence with its evidence. It follows the same layer switches and selection as the canvas.
 */
export function TextView() {
  const model = useAppStore(selectModel);
  const layers = useAppStore(selectLayerVisibility);
  const view = useAppStore(selectLayerView);
  const selection = useAppStore(selectSelection);
  const { select } = appActions();

  useEffect(() => {
    if (!selection) return;
    document.getElementById(`text-${selection.kind}-${selection.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  if (!model || !view) return null;
  const shown = layers.filter((l) => l.on).map((l) => l.layer);
  const hidden = layers.filter((l) => !l.on).map((l) => l.layer);
  const nodes = model.pathway.nodes.filter((n) => view.visibleNodes.has(n.id));
  const isSelected = (kind: 'node' | 'edge', id: string) => selection?.kind === kind && selection.id === id;

  return (
    <section className="text-view" aria-labelledby="text-view-heading">
      <h2 id="text-view-heading">{model.pathway.title}: text view</h2>
      <p className="muted">
        {shown.length} of {layers.length} hypotheses shown
        {hidden.length > 0 && <> (hidden: {hidden.map((l) => l.title).join('; ')})</>}.
      </p>
      {shown.map((layer) => {
        const edges = model.pathway.edges.filter((e) => e.layers.includes(layer.id));
        return (
          <section key={layer.id} className="text-layer" aria-labelledby={`text-layer-${layer.id}`}>
            <h3 id={`text-layer-${layer.id}`}>
              <LineSample color={layer.color} lineStyle={layer.lineStyle} /> {layer.title}
            </h3>
            <p>{layer.summary}</p>
            <ul className="text-edges">
              {edges.map((edge) => (
                <li
                  key={edge.id}
                  id={`text-edge-${edge.id}`}
                  className={isSelected('edge', edge.id) ? 'is-selected' : undefined}
                >
                  <button
                    type="button"
                    className="link-button"
                    aria-current={isSelected('edge', edge.id) ? 'true' : undefined}
                    onClick={() => select({ kind: 'edge', id: edge.id })}
                  >
                    {edgeHeadline(model, edge)}
                  </button>{' '}
                  {edge.claim} <EvidenceSentence model={model} evidence={edge.evidence} />
                  {edge.modifiers?.map((mod, i) => (
                    <span key={`${mod.kind}-${i}`} className="text-modifier">
                      {' '}
                      Modifier ({MODIFIER_KIND_LABEL[mod.kind]}), {mod.label}: {mod.claim}{' '}
                      <EvidenceSentence model={model} evidence={mod.evidence} />
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {nodes.length > 0 && (
        <section aria-labelledby="text-nodes-heading">
          <h3 id="text-nodes-heading">Molecules, processes and outcomes shown</h3>
          <ul className="text-nodes">
            {nodes.map((n) => (
              <li key={n.id} id={`text-node-${n.id}`} className={isSelected('node', n.id) ? 'is-selected' : undefined}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={isSelected('node', n.id) ? 'true' : undefined}
                  onClick={() => select({ kind: 'node', id: n.id })}
                >
                  {labelOf(model, n.id)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** "Evidence: Smith et al. 2020, in vitro, supports; …." for an edge or one of its modifiers. */
function EvidenceSentence({ model, evidence }: { model: Model; evidence: PathwayEdge['evidence'] }) {
  return (
    <span className="text-evidence">
      Evidence:{' '}
      {evidence.map((ev, i) => {
        const ref = referenceOf(model, ev.ref);
        const href = ref && primaryLink(ref);
        const name = ref ? shortCitation(ref) : ev.ref;
        return (
          <span key={`${ev.ref}-${i}`}>
            {i > 0 && '; '}
            {href ? <ExternalLink href={href}>{name}</ExternalLink> : name}, {EVIDENCE_KIND_LABEL[ev.kind]}, {ev.stance}
          </span>
        );
      })}
      .
    </span>
  );
}
