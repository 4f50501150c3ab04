import { useMemo } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { compareLayers } from '../../model/experiments';
import { labelOf } from '../../model/describe';
import { selectCompare, selectModel, selectSideBySide } from '../../store/selectors';
import { appActions } from '../../store/store';

/** Compare two hypotheses: which interactions only one asserts, and which experiments tell them apart. */
export function ComparePanel() {
  const model = useAppStore(selectModel);
  const compare = useAppStore(selectCompare);
  const sideBySide = useAppStore(selectSideBySide);
  const { setCompare, setSideBySide, select, runExperiment } = appActions();
  const result = useMemo(
    () => (model && compare ? compareLayers(model, compare[0], compare[1]) : null),
    [model, compare],
  );
  if (!model) return null;
  const layers = model.pathway.layers;
  const [a, b] = compare ?? [layers[0]?.id ?? '', layers[1]?.id ?? ''];
  const choose = (which: 0 | 1, id: string) => {
    const pair: [string, string] = which === 0 ? [id, b] : [a, id];
    if (pair[0] !== pair[1]) setCompare(pair);
  };
  const title = (id: string) => model.layerById.get(id)?.title ?? id;
  const edgeList = (ids: readonly string[]) => (
    <ul className="edge-links">
      {ids.map((id) => {
        const e = model.edgeById.get(id);
        return (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => select({ kind: 'edge', id })}>
              {e ? `${labelOf(model, e.source)} → ${labelOf(model, e.target)}` : id}
            </button>
          </li>
        );
      })}
    </ul>
  );

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two hypotheses</h2>
      <div className="form-grid">
        <label htmlFor="compare-a">A</label>
        <select id="compare-a" value={a} onChange={(e) => choose(0, e.target.value)}>
          {layers.map((l) => (
            <option key={l.id} value={l.id} disabled={l.id === b}>
              {l.title}
            </option>
          ))}
        </select>
        <label htmlFor="compare-b">B</label>
        <select id="compare-b" value={b} onChange={(e) => choose(1, e.target.value)}>
          {layers.map((l) => (
            <option key={l.id} value={l.id} disabled={l.id === a}>
              {l.title}
            </option>
          ))}
        </select>
      </div>
      {!compare ? (
        <button type="button" onClick={() => setCompare([a, b])} disabled={!a || !b || a === b}>
          Compare
        </button>
      ) : (
        result && (
          <>
            <div className="button-row" role="group" aria-label="How to draw the comparison">
              <button type="button" aria-pressed={!sideBySide} onClick={() => setSideBySide(false)}>
                One diagram
              </button>
              <button type="button" aria-pressed={sideBySide} onClick={() => setSideBySide(true)}>
                Side by side
              </button>
            </div>
            <p className="muted">
              {sideBySide ? (
                <>
                  A alone on the left (on a phone, above), B alone on the right (below), at the same positions; zoom and
                  pan move both. Interactions only one asserts are labelled <strong>A only</strong> or{' '}
                  <strong>B only</strong>.
                </>
              ) : (
                <>
                  On the diagram, interactions are labelled <strong>A only</strong>, <strong>B only</strong> or{' '}
                  <strong>A + B</strong>.
                </>
              )}
            </p>
            <h3>Experiments that tell them apart ({result.experiments.length})</h3>
            {result.experiments.length ? (
              <ul className="edge-links">
                {result.experiments.map((id) => (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => runExperiment(id)}>
                      {model.experimentById.get(id)?.title ?? id}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p>None in this model: every experiment gives both the same prediction, or one makes none.</p>
            )}
            <details open>
              <summary>
                Only in A, {title(a)} ({result.onlyA.length})
              </summary>
              {edgeList(result.onlyA)}
            </details>
            <details open>
              <summary>
                Only in B, {title(b)} ({result.onlyB.length})
              </summary>
              {edgeList(result.onlyB)}
            </details>
            <details>
              <summary>Shared ({result.shared.length})</summary>
              {edgeList(result.shared)}
            </details>
            <button type="button" onClick={() => setCompare(null)}>
              Stop comparing
            </button>
          </>
        )
      )}
    </section>
  );
}
