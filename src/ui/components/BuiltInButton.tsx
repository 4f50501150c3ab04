import { showBuiltIn } from '../../store/boot';
import { selectModelSource } from '../../store/selectors';
import type { ModelSource } from '../../store/types';
import { useAppStore } from '../hooks/useAppStore';

function shownNow(source: ModelSource): string {
  switch (source.kind) {
    case 'file':
      return `${source.name} (kept in this browser until you go back)`;
    case 'link':
      return 'the pathway from the link';
    case 'address':
      return source.url;
    case 'built-in':
      return 'the built-in model';
  }
}

/**
 * "Built-in model": the way back from an opened file, a `#model=` link or `?pathway=`. Shown only
 * while another model is; the kept file is forgotten.
 */
export function BuiltInButton() {
  const source = useAppStore(selectModelSource);
  if (source.kind === 'built-in') return null;
  return (
    <button
      type="button"
      onClick={() => void showBuiltIn()}
      title={`Showing ${shownNow(source)}. Close it and show the built-in model.`}
    >
      Built-in model
    </button>
  );
}
