import { useRef, useState } from 'react';

/** Copy the address of this view; where the clipboard is blocked, show the link to copy by hand. */
export function CopyLink() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const url = () => window.location.href;

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url());
      setStatus('copied');
      window.setTimeout(() => setStatus('idle'), 2000);
    } catch {
      setStatus('manual');
      dialog.current?.showModal?.();
      window.requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {status === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied' ? 'Link to this view copied to the clipboard' : ''}
      </span>
      <dialog ref={dialog} className="dialog" aria-labelledby="copy-link-title" onClose={() => setStatus('idle')}>
        <h2 id="copy-link-title">Link to this view</h2>
        <p>The clipboard is not available here. Select the link and copy it (Ctrl+C or ⌘C).</p>
        <label>
          Link{' '}
          <input ref={field} readOnly value={status === 'manual' ? url() : ''} onFocus={(e) => e.target.select()} />
        </label>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
