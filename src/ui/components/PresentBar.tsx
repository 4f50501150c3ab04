import type { ReactNode } from 'react';
import { graphController } from '../../store/graphController';
import { appActions } from '../../store/store';
import { LayerBar } from './LayerBar';

/**
 * Presentation mode's one row above the diagram: the layer switches (the same `LayerBar` as embed
 * mode), Fit, and the way out. The header and the side panels are folded away by CSS meanwhile.
 */
export function PresentBar({ children }: { children?: ReactNode }) {
  const { setPresent } = appActions();
  return (
    <div className="present-bar" data-region="tools" tabIndex={-1} role="group" aria-label="Presentation">
      <LayerBar />
      <div className="present-actions">
        <button type="button" onClick={() => graphController()?.fit()} title="Fit what is shown to the window (z)">
          Fit
        </button>
        {children}
        <button type="button" onClick={() => setPresent(false)} title="Leave presentation mode (p or Esc)">
          Exit presentation
        </button>
      </div>
    </div>
  );
}
