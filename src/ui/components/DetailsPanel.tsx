import { useEffect, useRef } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { selectActiveLayers, selectModel, selectSelectedEdge, selectSelectedNode } from '../../store/selectors';
import { appActions } from '../../store/store';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

/** Details of the selected edge or node; Esc or the close button clears the selection. */
/** `compact` (embed mode): nothing is shown until something is selected. */
export function DetailsPanel({ compact = false }: { compact?: boolean }) {
  const model = useAppStore(selectModel);
  const edge = useAppStore(selectSelectedEdge);
  const node = useAppStore(selectSelectedNode);
  const active = useAppStore(selectActiveLayers);
  const panel = useRef<HTMLElement>(null);
  const { select } = appActions();

  const has = Boolean(edge || node);
  // Esc closes the details: the `details.close` binding of the keymap (ui/keymap.ts).

  useEffect(() => {
    // Move focus to the new heading only when focus is already in the panel (a link in it was followed).
    const root = panel.current;
    if (root && root.contains(document.activeElement) && document.activeElement !== root) {
      root.querySelector<HTMLElement>('#details-heading')?.focus();
    }
  }, [edge, node]);

  if (!model || (compact && !has)) return null;
  return (
    <section ref={panel} className={compact ? 'details-panel details-compact' : 'details-panel'} aria-label="Details">
      {has && (
        <button type="button" className="close-button" onClick={() => select(null)} aria-label="Close details">
          ×
        </button>
      )}
      {edge && <EdgeDetails model={model} edge={edge} activeLayers={active} />}
      {node && <NodeDetails model={model} node={node} activeLayers={active} />}
      {!has && (
        <div className="details-empty">
          <h2>Details</h2>
          <p>Click an arrow to read its claim and the evidence for and against it, or a box to see what it is.</p>
          <p>Switch hypotheses on and off in the list on the left; positions never move, so you can compare them.</p>
        </div>
      )}
    </section>
  );
}
