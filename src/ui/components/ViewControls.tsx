import { appActions } from '../../store/store';

export function ViewControls() {
  const { fit, zoomBy } = appActions();
  return (
    <div className="view-controls" role="group" aria-label="View">
      <button type="button" onClick={fit} title="Fit the diagram to the window">
        Fit
      </button>
      <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
    </div>
  );
}
