import { referenceOf, type Model } from '../../model/model';
import { RELATION_ARROW, STATUS_GLYPH } from '../../model/notation';
import type { PathwayEdge } from '../../model/types';
import {
  EVIDENCE_KIND_LABEL,
  MODIFIER_KIND_LABEL,
  RELATION_LABEL,
  RELATION_MEANING,
  STANCE_LABEL,
  STATUS_LABEL,
  STATUS_MEANING,
} from '../../model/vocab';
import { appActions } from '../../store/store';
import { Citation } from './Citation';
import { ArrowSample, LineSample } from './Glyphs';

export function EdgeDetails({
  model,
  edge,
  activeLayers,
}: {
  model: Model;
  edge: PathwayEdge;
  activeLayers: readonly string[];
}) {
  const source = model.nodeById.get(edge.source);
  const target = model.nodeById.get(edge.target);
  const { select } = appActions();
  const statusGlyph = STATUS_GLYPH[edge.status];
  return (
    <article className="details" aria-labelledby="details-heading">
      <p className="details-kind">Interaction</p>
      <h2 id="details-heading" tabIndex={-1}>
        <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: edge.source })}>
          {source?.label ?? edge.source}
        </button>{' '}
        <ArrowSample glyph={RELATION_ARROW[edge.relation]} />{' '}
        <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: edge.target })}>
          {target?.label ?? edge.target}
        </button>
      </h2>
      <p className="claim">{edge.claim}</p>
      <dl className="facts">
        <dt>Relation</dt>
        <dd>
          {RELATION_LABEL[edge.relation]} <span className="muted">({RELATION_MEANING[edge.relation]})</span>
        </dd>
        <dt>Status</dt>
        <dd>
          <span className={`status status-${edge.status}`}>
            {statusGlyph.marker.shape !== 'none' && <ArrowSample glyph={statusGlyph.marker} position="mid" />}
            {STATUS_LABEL[edge.status]}
          </span>{' '}
          <span className="muted">({STATUS_MEANING[edge.status]})</span>
        </dd>
        {edge.reason && (
          <>
            <dt>Why it is drawn</dt>
            <dd>{edge.reason}</dd>
          </>
        )}
        <dt>Asserted by</dt>
        <dd>
          <ul className="inline-list">
            {edge.layers.map((id) => {
              const layer = model.layerById.get(id);
              if (!layer) return null;
              return (
                <li key={id}>
                  <LineSample color={layer.color} lineStyle={layer.lineStyle} width={24} /> {layer.title}
                  {!activeLayers.includes(id) && <span className="muted"> (hidden)</span>}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <h3>Evidence ({edge.evidence.length})</h3>
      {edge.uncited && (
        <p className="notice notice-warning">
          Uncited: this interaction was imported from a file that carries no citations.
        </p>
      )}
      <EvidenceList model={model} evidence={edge.evidence} />
      {edge.modifiers && (
        <section className="modifiers" aria-labelledby="modifiers-heading">
          <h3 id="modifiers-heading">Modifiers ({edge.modifiers.length})</h3>
          <p className="muted">
            These qualify the interaction (how fast or how far the drug gets there); they are not steps of their own and
            do not change any prediction.
          </p>
          {edge.modifiers.map((mod, i) => (
            <div key={`${mod.kind}-${i}`} className="modifier">
              <h4>
                <span className="badge">{MODIFIER_KIND_LABEL[mod.kind]}</span> {mod.label}
              </h4>
              <p className="claim">{mod.claim}</p>
              <EvidenceList model={model} evidence={mod.evidence} />
            </div>
          ))}
        </section>
      )}
    </article>
  );
}

/** One evidence list, for an edge or for one of its modifiers: stance, kind, citation and note per item. */
function EvidenceList({ model, evidence }: { model: Model; evidence: PathwayEdge['evidence'] }) {
  return (
    <ol className="evidence-list">
      {evidence.map((ev, i) => {
        const ref = referenceOf(model, ev.ref);
        return (
          <li key={`${ev.ref}-${i}`} className={`evidence stance-${ev.stance}`}>
            <p className="evidence-meta">
              <span className={`badge stance stance-${ev.stance}`}>
                {ev.stance === 'supports' ? '✓ ' : '✗ '}
                {STANCE_LABEL[ev.stance]}
              </span>
              <span className="badge">{EVIDENCE_KIND_LABEL[ev.kind]}</span>
            </p>
            {ref ? <Citation reference={ref} /> : <span>{ev.ref}</span>}
            {ev.note && <p className="evidence-note">{ev.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
