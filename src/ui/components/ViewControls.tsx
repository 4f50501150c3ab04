import { graphController } from '../../store/graphController';

/** Fit and zoom: camera moves, asked of the graph controller (they are not application state). */
export function ViewControls() {
  return (
    <div className="view-controls" role="group" aria-label="View">
      <button type="button" onClick={() => graphController()?.fit()} title="Fit the diagram to the window">
        Fit
      </button>
      <button type="button" onClick={() => graphController()?.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => graphController()?.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
    </div>
  );
}
