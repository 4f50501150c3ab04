import { selectActiveLayers, selectModel } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';
import { LineSample } from './Glyphs';

/** The compact layer switches of embed mode: one toggle button per hypothesis. */
export function LayerBar() {
  const model = useAppStore(selectModel);
  const active = useAppStore(selectActiveLayers);
  if (!model) return null;
  const { toggleLayer } = appActions();
  return (
    <nav className="layer-bar" aria-label="Hypotheses">
      {model.pathway.layers.map((layer, i) => {
        const on = active.includes(layer.id);
        return (
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
              {i + 1}. {layer.title}
            </span>
          </button>
        );
      })}
    </nav>
  );
}
