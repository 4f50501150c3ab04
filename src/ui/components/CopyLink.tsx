import { useClipboard } from '../hooks/useClipboard';
import { Dialog } from './Dialog';

/** Copy the address of this view; where the clipboard is blocked, show the link to copy by hand. */
export function CopyLink() {
  const { status, text, copy, reset, fieldRef } = useClipboard<HTMLInputElement>({ resetAfterMs: 2000 });

  return (
    <>
      <button type="button" onClick={() => void copy(window.location.href)}>
        {status === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied' ? 'Link to this view copied to the clipboard' : ''}
      </span>
      <Dialog title="Link to this view" open={status === 'manual'} onClose={reset}>
        <p>The clipboard is not available here. Select the link and copy it (Ctrl+C or ⌘C).</p>
        <label>
          Link <input ref={fieldRef} readOnly value={text} onFocus={(e) => e.target.select()} />
        </label>
      </Dialog>
    </>
  );
}
