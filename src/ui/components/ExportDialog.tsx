import { useRef, useState } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { downloadText } from '../../lib/download';
import { CITATION_FORMATS, FORMATS, type CitationFormatInfo, type FormatInfo } from '../../model/formats/registry';
import { graphController, type ImageOptions } from '../../store/graphController';
import { selectActiveLayers, selectLayerView, selectModel, selectSelection } from '../../store/selectors';
import { Dialog, type DialogHandle } from './Dialog';

/** "Export": an image of the view, the data in several formats, and the citations of what is shown. */
export function ExportDialog() {
  const model = useAppStore(selectModel);
  const active = useAppStore(selectActiveLayers);
  const view = useAppStore(selectLayerView);
  const selection = useAppStore(selectSelection);
  const dialog = useRef<DialogHandle>(null);
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const [scope, setScope] = useState<'visible' | 'all'>('visible');
  const [status, setStatus] = useState('');
  const exportImage = async (options: ImageOptions) => {
    const controller = graphController();
    if (!controller) return setStatus('The diagram is not drawn yet.');
    try {
      setStatus(`Saved ${await controller.exportImage(options)}.`);
    } catch {
      setStatus('The image could not be made.');
    }
  };
  if (!model || !view) return null;
  const p = model.pathway;
  // The edges the shown layers draw: the layer view the canvas and the text view use, in file order.
  const visibleEdges = [...view.edgeLayers.keys()];
  const edgeIds = scope === 'visible' ? visibleEdges : undefined;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;

  /** Any data format of the registry; a whole-model format ignores the choice of interactions. */
  const exportData = async (format: FormatInfo) => {
    const run = await format.export.load();
    const result = run(p, {
      edgeIds: format.export.wholeModel ? undefined : edgeIds,
      schemaUrl: new URL('pathway.schema.json', document.baseURI).href,
    });
    downloadText(result.text, result.fileName, result.mimeType);
    setStatus(
      `Saved ${result.fileName}.${result.losses.length ? ` Not carried by ${format.label}: ${result.losses.join('; ')}` : ''}`,
    );
  };
  const exportCitations = async (format: CitationFormatInfo, only: 'view' | 'edge') => {
    const [{ citedKeys }, run] = await Promise.all([import('../../model/formats/citations'), format.load()]);
    const keys =
      only === 'edge' && selectedEdge ? citedKeys(p, { edgeId: selectedEdge }) : citedKeys(p, { layers: active });
    const name = `${p.id}-${only === 'edge' && selectedEdge ? selectedEdge : 'references'}.${format.extension}`;
    downloadText(run(p, keys), name, format.mimeType);
    setStatus(`Saved ${name} (${keys.length} references).`);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setStatus('');
          dialog.current?.open();
        }}
      >
        Export
      </button>
      <Dialog ref={dialog} className="export-dialog" title="Export">
        <h3>Image of the view</h3>
        <div className="form-grid">
          <label htmlFor="export-scale">PNG scale</label>
          <select id="export-scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}×
              </option>
            ))}
          </select>
          <span />
          <label className="checkbox-line">
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />{' '}
            Transparent background
          </label>
        </div>
        <div className="button-row">
          <button type="button" onClick={() => void exportImage({ format: 'png', scale, transparent })}>
            PNG
          </button>
          <button type="button" onClick={() => void exportImage({ format: 'svg', scale: 1, transparent })}>
            SVG
          </button>
        </div>
        <h3>Data</h3>
        <fieldset className="scope">
          <legend>Interactions to include</legend>
          <label className="checkbox-line">
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'visible'}
              onChange={() => setScope('visible')}
            />{' '}
            the shown hypotheses ({visibleEdges.length})
          </label>
          <label className="checkbox-line">
            <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> the
            whole model ({p.edges.length})
          </label>
        </fieldset>
        <div className="button-row wrap">
          {FORMATS.map((f) => (
            <button
              key={f.id}
              type="button"
              title={f.export.loses.length ? `Not carried: ${f.export.loses.join(' ')}` : undefined}
              onClick={() => void exportData(f)}
            >
              {f.export.button}
            </button>
          ))}
        </div>
        <h3>Citations</h3>
        <p className="muted">
          The references of the shown hypotheses{selectedEdge ? ', or of the selected interaction' : ''}.
        </p>
        <div className="button-row wrap">
          {CITATION_FORMATS.map((f) => (
            <button key={f.id} type="button" onClick={() => void exportCitations(f, 'view')}>
              {f.label}
            </button>
          ))}
          {selectedEdge &&
            CITATION_FORMATS.map((f) => (
              <button key={`e-${f.id}`} type="button" onClick={() => void exportCitations(f, 'edge')}>
                {f.label} (selected interaction)
              </button>
            ))}
        </div>
        <p role="status" className="export-status">
          {status}
        </p>
      </Dialog>
    </>
  );
}
