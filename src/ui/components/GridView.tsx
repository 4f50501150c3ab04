import { LayerMiniature } from '../../graph/LayerMiniature';
import { soloLayerView } from '../../model/layers';
import type { Target } from '../../model/target';
import { graphController } from '../../store/graphController';
import { selectLayerVisibility } from '../../store/selectors';
import { appActions, appStore } from '../../store/store';
import { useAppStore } from '../hooks/useAppStore';
import { LineSample } from './Glyphs';

/**
 * Open one layer large: only that layer on, the diagram view, the main canvas framing what the
 * layer shows (deferred by the canvas until it is visible again), and the keyboard focus on it.
 */
function openLarge(layerId: string): void {
  const { setLayers, setView } = appActions();
  const model = appStore.getState().model;
  setLayers([layerId]);
  setView('diagram');
  if (!model) return;
  const targets: Target[] = [...soloLayerView(model, layerId).edgeLayers.keys()].map((id) => ({ kind: 'edge', id }));
  graphController()?.frame(targets);
  requestAnimationFrame(() => document.getElementById('diagram')?.focus());
}

/**
 * Small multiples (`view=grid`): every hypothesis as its own small diagram, side by side, at the
 * main diagram's positions. Each card is one button (the whole card is its target) that opens
 * that layer large.
 */
export function GridView() {
  const layers = useAppStore(selectLayerVisibility);
  return (
    <ul className="grid-view" aria-label="Every hypothesis on its own">
      {layers.map(({ layer, number }) => (
        <li key={layer.id} className="grid-card" data-layer={layer.id}>
          <button type="button" className="grid-card-title" title={layer.summary} onClick={() => openLarge(layer.id)}>
            <span className="visually-hidden">Open </span>
            <span className="grid-card-number" aria-hidden="true">
              {number}
            </span>
            <LineSample color={layer.color} lineStyle={layer.lineStyle} width={28} />
            <span className="grid-card-name">{layer.title}</span>
            <span className="visually-hidden"> large</span>
          </button>
          <div className="grid-card-diagram" aria-hidden="true">
            <LayerMiniature layerId={layer.id} />
          </div>
        </li>
      ))}
    </ul>
  );
}
