import { useState } from 'react';
import { showBuiltIn } from '../../store/boot';
import { selectModel, selectModelSource } from '../../store/selectors';
import type { ModelSource } from '../../store/types';
import { useAppStore } from '../hooks/useAppStore';
import { savePathwayFile } from '../savePathwayFile';
import { Dialog } from './Dialog';

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
 * while another model is; the kept file is forgotten. Tours written in the app would go with it, so
 * then it first asks, and offers to save the pathway file.
 */
export function BuiltInButton() {
  const source = useAppStore(selectModelSource);
  const model = useAppStore(selectModel);
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState('');
  if (source.kind === 'built-in') return null;
  const edited = source.kind === 'file' && source.edited === true;
  return (
    <>
      <button
        type="button"
        onClick={() => (edited ? setAsking(true) : void showBuiltIn())}
        title={`Showing ${shownNow(source)}. Close it and show the built-in model.`}
      >
        Built-in model
      </button>
      <Dialog
        title="Leave the tours you wrote?"
        open={asking}
        onClose={() => {
          setAsking(false);
          setSaved('');
        }}
        actions={
          <>
            {model && (
              <button
                type="button"
                onClick={() => void savePathwayFile(model).then((name) => setSaved(`Saved ${name}.`))}
              >
                Save the pathway file
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                void showBuiltIn();
              }}
            >
              Forget them and show the built-in model
            </button>
          </>
        }
      >
        <p>
          The tours you wrote are kept only in this browser, with this pathway. The built-in model replaces it, and they
          are forgotten. Save the pathway file first to keep them: <strong>Open…</strong> brings them back.
        </p>
        <p role="status">{saved}</p>
      </Dialog>
    </>
  );
}
