import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { searchNodes } from '../../model/search';
import { NODE_KIND_LABEL } from '../../model/vocab';
import { graphController } from '../../store/graphController';
import { selectModel } from '../../store/selectors';
import { appActions } from '../../store/store';

/** Find a node by label or synonym; choosing a result selects it and moves the view to it. */
export function SearchBox() {
  const model = useAppStore(selectModel);
  const [query, setQuery] = useState('');
  const listId = useId();
  const hits = useMemo(() => (model ? searchNodes(model, query) : []), [model, query]);
  const { select } = appActions();
  const choose = (id: string) => {
    select({ kind: 'node', id });
    graphController()?.center({ kind: 'node', id });
    setQuery('');
  };
  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (hits[0]) choose(hits[0].node.id);
      }}
    >
      <label htmlFor={`${listId}-input`}>Find</label>
      <input
        id={`${listId}-input`}
        type="search"
        value={query}
        placeholder="BDNF, Prozac, TrkB…"
        autoComplete="off"
        aria-describedby={`${listId}-count`}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <span id={`${listId}-count`} className="visually-hidden" aria-live="polite">
        {query ? `${hits.length} match${hits.length === 1 ? '' : 'es'}` : ''}
      </span>
      {query && (
        <ul className="search-results" aria-label="Matches">
          {hits.length === 0 && <li className="muted">No match</li>}
          {hits.map((hit) => (
            <li key={hit.node.id}>
              <button type="button" onClick={() => choose(hit.node.id)}>
                {hit.node.label}
                {hit.matched !== hit.node.label && <span className="muted"> ({hit.matched})</span>}
                <span className="muted"> · {NODE_KIND_LABEL[hit.node.kind]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
