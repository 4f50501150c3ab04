import { useRef } from 'react';
import { loadFile } from '../../store/boot';

const ACCEPT = '.json,.cyjs,.sif,.txt,.tsv,.graphml,.xml,.sbgn,.sbgnml';

/** "Open…": choose a pathway file (Pathway Layers JSON, SIF, Cytoscape.js JSON, GraphML, SBGN-ML). */
export function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a pathway file (or drop one on the page)"
      >
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Pathway file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => loadFile(text, file.name));
        }}
      />
    </>
  );
}
