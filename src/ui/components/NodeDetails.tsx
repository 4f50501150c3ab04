import { copiesOf } from '../../model/clones';
import type { Model } from '../../model/model';
import type { PathwayNode } from '../../model/types';
import { NODE_KIND_LABEL, RELATION_LABEL } from '../../model/vocab';
import { parseXref } from '../../model/xref';
import { appActions } from '../../store/store';
import { ExternalLink } from './ExternalLink';

export function NodeDetails({
  model,
  node,
  activeLayers,
}: {
  model: Model;
  node: PathwayNode;
  activeLayers: readonly string[];
}) {
  const edges = model.edgesByNode.get(node.id) ?? [];
  const { select } = appActions();
  const xrefs = (node.xrefs ?? []).map(parseXref).filter((x) => x !== null);
  const copies = copiesOf(model.clones, node.id);
  return (
    <article className="details" aria-labelledby="details-heading">
      <p className="details-kind">{NODE_KIND_LABEL[node.kind]}</p>
      <h2 id="details-heading" tabIndex={-1}>
        {node.label}
      </h2>
      <p>{node.description}</p>
      {copies > 1 && (
        <p className="muted">
          Drawn {copies} times, beside each place it acts (the filled lower band marks each copy).
        </p>
      )}
      {node.synonyms && node.synonyms.length > 0 && <p className="muted">Also called: {node.synonyms.join(', ')}</p>}
      {xrefs.length > 0 && (
        <>
          <h3>Identifiers</h3>
          <ul className="xrefs">
            {xrefs.map((x) => (
              <li key={x.curie}>
                {x.database}:{' '}
                <ExternalLink href={x.url} label={`${x.database} ${x.local}`}>
                  {x.local}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Interactions ({edges.length})</h3>
      <ul className="edge-links">
        {edges.map((edge) => {
          const other = edge.source === node.id ? edge.target : edge.source;
          const direction = edge.source === node.id ? '→' : '←';
          const shown = edge.layers.some((l) => activeLayers.includes(l));
          return (
            <li key={edge.id}>
              <button type="button" className="link-button" onClick={() => select({ kind: 'edge', id: edge.id })}>
                {direction} {model.nodeById.get(other)?.label ?? other}
              </button>{' '}
              <span className="muted">
                {RELATION_LABEL[edge.relation]}, {edge.status}
                {shown ? '' : ' (layer hidden)'}
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
