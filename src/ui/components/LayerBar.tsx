import { selectLayerVisibility } from '../../store/selectors';
import { useAppStore } from '../hooks/useAppStore';
import { appActions } from '../../store/store';
import { LineSample } from './Glyphs';

/** The compact layer switches of embed mode: one toggle button per hypothesis. */
export function LayerBar() {
  const layers = useAppStore(selectLayerVisibility);
  if (!layers.length) return null;
  const { toggleLayer } = appActions();
  return (
    <nav className="layer-bar" aria-label="Hypotheses">
      {layers.map(({ layer, number, on }) => (
        <button
          key={layer.id}
          type="button"
          className={on ? 'layer-chip is-on' : 'layer-chip'}
          aria-pressed={on}
          title={layer.summary}
          onClick={() => toggleLayer(layer.id)}
        >
          <LineSample color={layer.color} lineStyle={layer.lineStyle} width={24} />
          <span>
            {number}. {layer.title}
          </span>
        </button>
      ))}
    </nav>
  );
}
