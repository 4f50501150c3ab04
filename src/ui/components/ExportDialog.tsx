import { useRef, useState } from 'react';
import { downloadText } from '../../lib/download';
import type { ExportResult } from '../../model/formats/types';
import type { Model } from '../../model/model';
import { selectActiveLayers, selectModel, selectSelection } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';
import { Dialog, type DialogHandle } from './Dialog';

type GraphFormat = 'cyjs' | 'sif' | 'graphml' | 'sbgnml';
type CitationFormat = 'bibtex' | 'ris' | 'csl';

/** Graph exporters, each loaded on demand (they are not in the first download). */
const GRAPH_EXPORTERS: Record<
  GraphFormat,
  { label: string; load: () => Promise<(m: Model['pathway'], ids?: readonly string[]) => ExportResult> }
> = {
  cyjs: { label: 'Cytoscape.js JSON', load: async () => (await import('../../model/formats/cyjs')).exportCyjs },
  sif: { label: 'SIF', load: async () => (await import('../../model/formats/sif')).exportSif },
  graphml: { label: 'GraphML', load: async () => (await import('../../model/formats/graphml')).exportGraphml },
  sbgnml: {
    label: 'SBGN-ML (Activity Flow)',
    load: async () => (await import('../../model/formats/sbgnml')).exportSbgnml,
  },
};

const CITATION_FORMATS: Record<CitationFormat, { label: string; ext: string; mime: string }> = {
  bibtex: { label: 'BibTeX', ext: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
  ris: { label: 'RIS', ext: 'ris', mime: 'application/x-research-info-systems;charset=utf-8' },
  csl: { label: 'CSL-JSON', ext: 'json', mime: 'application/json' },
};

/** "Export": an image of the view, the data in several formats, and the citations of what is shown. */
export function ExportDialog() {
  const model = useAppStore(selectModel);
  const active = useAppStore(selectActiveLayers);
  const selection = useAppStore(selectSelection);
  const dialog = useRef<DialogHandle>(null);
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const [scope, setScope] = useState<'visible' | 'all'>('visible');
  const [status, setStatus] = useState('');
  const { requestImage } = appActions();
  if (!model) return null;
  const p = model.pathway;
  const visibleEdges = p.edges.filter((e) => e.layers.some((l) => active.includes(l))).map((e) => e.id);
  const edgeIds = scope === 'visible' ? visibleEdges : undefined;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;

  const exportGraph = async (format: GraphFormat) => {
    const run = await GRAPH_EXPORTERS[format].load();
    const result = run(p, edgeIds);
    downloadText(result.text, result.fileName, result.mimeType);
    setStatus(
      `Saved ${result.fileName}.${result.losses.length ? ` Not carried by ${GRAPH_EXPORTERS[format].label}: ${result.losses.join('; ')}` : ''}`,
    );
  };
  const exportPathway = async () => {
    const { exportPathwayJson } = await import('../../model/formats/pathway');
    const name = `${p.id}.json`;
    downloadText(exportPathwayJson(p, new URL('pathway.schema.json', document.baseURI).href), name, 'application/json');
    setStatus(`Saved ${name}.`);
  };
  const exportCitations = async (format: CitationFormat, only: 'view' | 'edge') => {
    const c = await import('../../model/formats/citations');
    const keys =
      only === 'edge' && selectedEdge ? c.citedKeys(p, { edgeId: selectedEdge }) : c.citedKeys(p, { layers: active });
    const text =
      format === 'bibtex'
        ? c.exportBibtex(p, keys)
        : format === 'ris'
          ? c.exportRis(p, keys)
          : c.exportCslJson(p, keys);
    const info = CITATION_FORMATS[format];
    const name = `${p.id}-${only === 'edge' && selectedEdge ? selectedEdge : 'references'}.${info.ext}`;
    downloadText(text, name, info.mime);
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
          <button type="button" onClick={() => requestImage({ format: 'png', scale, transparent })}>
            PNG
          </button>
          <button type="button" onClick={() => requestImage({ format: 'svg', scale: 1, transparent })}>
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
          <button type="button" onClick={() => void exportPathway()}>
            Pathway file (whole model)
          </button>
          {(Object.keys(GRAPH_EXPORTERS) as GraphFormat[]).map((f) => (
            <button key={f} type="button" onClick={() => void exportGraph(f)}>
              {GRAPH_EXPORTERS[f].label}
            </button>
          ))}
        </div>
        <h3>Citations</h3>
        <p className="muted">
          The references of the shown hypotheses{selectedEdge ? ', or of the selected interaction' : ''}.
        </p>
        <div className="button-row wrap">
          {(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((f) => (
            <button key={f} type="button" onClick={() => void exportCitations(f, 'view')}>
              {CITATION_FORMATS[f].label}
            </button>
          ))}
          {selectedEdge &&
            (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((f) => (
              <button key={`e-${f}`} type="button" onClick={() => void exportCitations(f, 'edge')}>
                {CITATION_FORMATS[f].label} (selected interaction)
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
