import { VIEWS, type ViewMode } from '../../model/url';
import { useAppStore } from '../hooks/useAppStore';
import { selectView } from '../../store/selectors';
import { appActions } from '../../store/store';

const LABEL: Readonly<Record<ViewMode, string>> = {
  diagram: 'Diagram',
  text: 'Text',
  split: 'Both',
  grid: 'Grid',
};

/** Diagram, text twin, both side by side, or every layer as a small multiple (`view=`). */
export function ViewSwitch() {
  const view = useAppStore(selectView);
  const { setView } = appActions();
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {LABEL[v]}
        </button>
      ))}
    </div>
  );
}
