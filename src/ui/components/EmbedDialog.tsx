import { useRef, useState } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { embedSnippet } from '../../model/embedSnippet';
import { parseOrigin } from '../../model/url';
import { selectModel } from '../../store/selectors';

import { useClipboard } from '../hooks/useClipboard';
import { Dialog, type DialogHandle } from './Dialog';

/** "Embed": the <iframe> snippet for the current view, with a copy button and a manual fallback. */
export function EmbedDialog() {
  const model = useAppStore(selectModel);
  const dialog = useRef<DialogHandle>(null);
  const { status: copyStatus, copy, reset: resetCopy, fieldRef } = useClipboard<HTMLTextAreaElement>();
  const [height, setHeight] = useState(640);
  const [sandbox, setSandbox] = useState(false);
  const [origin, setOrigin] = useState('');
  // This page's address, read when the dialog opens (not while rendering: the page is prerendered).
  const [base, setBase] = useState('');
  const [query, setQuery] = useState('');
  const validOrigin = origin ? parseOrigin(origin) : null;
  const snippet = embedSnippet({
    base,
    query,
    title: `${model?.pathway.title ?? 'Pathway Layers'} – interactive diagram`,
    height,
    sandbox,
    ...(validOrigin ? { origin: validOrigin } : {}),
  });

  const open = () => {
    setBase(`${window.location.origin}${window.location.pathname}`);
    setQuery(window.location.search);
    resetCopy();
    dialog.current?.open();
  };

  return (
    <>
      <button type="button" onClick={open}>
        Embed
      </button>
      <Dialog
        ref={dialog}
        className="embed-dialog"
        title="Embed this view in a course page"
        actions={
          <button type="button" onClick={() => void copy(snippet)}>
            Copy snippet
          </button>
        }
      >
        <p>
          Paste this into an HTML block. In Moodle use a <strong>Page</strong> resource (other text areas remove
          iframes); Canvas keeps <code>allowfullscreen</code> but drops <code>allow</code>.
        </p>
        <div className="form-grid">
          <label htmlFor="embed-height">Height (px)</label>
          <input
            id="embed-height"
            type="number"
            min={240}
            max={4000}
            step={20}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value))}
          />
          <label htmlFor="embed-origin">Host page origin (optional, for the message API)</label>
          <input
            id="embed-origin"
            type="url"
            placeholder="https://moodle.example.edu"
            value={origin}
            aria-invalid={origin !== '' && !validOrigin}
            onChange={(e) => setOrigin(e.target.value.trim())}
          />
          <span />
          <label className="checkbox-line">
            <input type="checkbox" checked={sandbox} onChange={(e) => setSandbox(e.target.checked)} /> Add a sandbox
            attribute
          </label>
        </div>
        {origin !== '' && !validOrigin && (
          <p className="field-error">Give an origin only, such as https://moodle.example.edu</p>
        )}
        <label htmlFor="embed-snippet">Snippet</label>
        <textarea
          id="embed-snippet"
          ref={fieldRef}
          readOnly
          rows={5}
          value={snippet}
          onFocus={(e) => e.target.select()}
        />
        <p role="status">
          {copyStatus === 'copied'
            ? 'Copied to the clipboard.'
            : copyStatus === 'manual'
              ? 'The clipboard is not available here: the snippet is selected, press Ctrl+C (⌘C) to copy it.'
              : ''}
        </p>
      </Dialog>
    </>
  );
}
