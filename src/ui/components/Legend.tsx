import { anyMarked } from '../../model/clones';
import { RELATION_ARROW, STATUS_GLYPH } from '../../model/notation';
import { useAppStore } from '../hooks/useAppStore';
import { RELATIONS, STATUSES } from '../../model/schema';
import { RELATION_LABEL, RELATION_MEANING, STATUS_LABEL, STATUS_MEANING } from '../../model/vocab';
import { selectModel } from '../../store/selectors';

import { ArrowSample, LineSample } from './Glyphs';

/** The key to the notation, drawn from the same tables the canvas stylesheet is built from. */
export function Legend() {
  const model = useAppStore(selectModel);
  if (!model) return null;
  return (
    <details className="legend" open>
      <summary>
        <h2>Legend</h2>
      </summary>
      <h3>Hypotheses (colour and line pattern)</h3>
      <ul>
        {model.pathway.layers.map((layer) => (
          <li key={layer.id}>
            <LineSample color={layer.color} lineStyle={layer.lineStyle} /> {layer.title}
            <span className="muted"> — {layer.lineStyle.replace('-', ' ')}</span>
          </li>
        ))}
        <li>
          <LineSample color="currentColor" lineStyle="solid" width={24} /> <span className="edge-word">1 · 2</span> A
          black line with numbers: the interaction is asserted by each of those shown hypotheses (their numbers above)
        </li>
      </ul>
      <h3>Arrowheads (SBGN Activity Flow)</h3>
      <ul>
        {RELATIONS.map((rel) => (
          <li key={rel}>
            <ArrowSample glyph={RELATION_ARROW[rel]} /> <strong>{RELATION_LABEL[rel]}</strong>
            <span className="muted"> — {RELATION_MEANING[rel]}</span>
          </li>
        ))}
      </ul>
      <h3>Status</h3>
      <ul>
        {STATUSES.map((status) => {
          const glyph = STATUS_GLYPH[status];
          return (
            <li key={status}>
              {glyph.marker.shape !== 'none' ? (
                <ArrowSample glyph={glyph.marker} position="mid" />
              ) : glyph.text ? (
                <span className="edge-word">{glyph.text}</span>
              ) : (
                <ArrowSample glyph={{ shape: 'none', fill: 'filled' }} position="mid" />
              )}{' '}
              <strong>{STATUS_LABEL[status]}</strong>
              <span className="muted"> — {STATUS_MEANING[status]}</span>
            </li>
          );
        })}
        <li>
          <span className="contested-sample" aria-hidden="true" /> Halo: contested, shown when the critique layer is on
        </li>
      </ul>
      {anyMarked(model.clones) && (
        <>
          <h3>Boxes</h3>
          <ul>
            <li>
              <span className="clone-sample" aria-hidden="true" /> <strong>Clone</strong>
              <span className="muted">
                {' '}
                — a box with a filled lower band is drawn more than once (SBGN clone marker), beside each target it acts
                on; any copy selects it
              </span>
            </li>
          </ul>
        </>
      )}
    </details>
  );
}
