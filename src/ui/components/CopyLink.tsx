import { useState } from 'react';
import type { Model } from '../../model/model';
import { encodeModel, groupDigits, MAX_LINK_CHARS, withModelInHash } from '../../model/shareLink';
import { selectModel, selectModelSource } from '../../store/selectors';
import type { ModelSource } from '../../store/types';
import { useAppStore } from '../hooks/useAppStore';
import { useClipboard } from '../hooks/useClipboard';
import { savePathwayFile } from '../savePathwayFile';
import { Dialog } from './Dialog';

/** A model opened from a file or a link travels in the link itself (`#model=`). */
const travelsInLink = (source: ModelSource) => source.kind === 'file' || source.kind === 'link';

/** Each model's `#model=` value, computed once (compressing a large pathway takes a few milliseconds). */
const encoded = new WeakMap<Model, Promise<string>>();
function linkValue(model: Model): Promise<string> {
  let value = encoded.get(model);
  if (!value) {
    value = encodeModel(model.pathway);
    encoded.set(model, value);
  }
  return value;
}

/**
 * Copy the address of this view. For a pathway opened from a file or a link, the address carries
 * the pathway in its fragment (`#model=`, never sent to a server), up to `MAX_LINK_CHARS`; a larger
 * one is offered as a file to share instead. Where the clipboard is blocked, the link is shown to
 * copy by hand.
 */
export function CopyLink() {
  const model = useAppStore(selectModel);
  const source = useAppStore(selectModelSource);
  const { status, text, copy, reset, fieldRef } = useClipboard<HTMLInputElement>({ resetAfterMs: 2000 });
  const [tooLong, setTooLong] = useState<number | null>(null);
  const carriesModel = model !== null && travelsInLink(source);

  const copyLink = async () => {
    if (!carriesModel) return void copy(window.location.href);
    const value = await linkValue(model);
    if (value.length > MAX_LINK_CHARS) return setTooLong(value.length);
    const { origin, pathname, search, hash } = window.location;
    void copy(`${origin}${pathname}${search}${withModelInHash(hash, value)}`);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void copyLink()}
        title={carriesModel ? 'Copy a link that carries this pathway (no server involved)' : undefined}
      >
        {status === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied'
          ? carriesModel
            ? 'Link to this view, with the pathway in it, copied to the clipboard'
            : 'Link to this view copied to the clipboard'
          : ''}
      </span>
      <Dialog title="Link to this view" open={status === 'manual'} onClose={reset}>
        <p>The clipboard is not available here. Select the link and copy it (Ctrl+C or ⌘C).</p>
        <label>
          Link <input ref={fieldRef} readOnly value={text} onFocus={(e) => e.target.select()} />
        </label>
      </Dialog>
      <Dialog
        title="Too large for a link"
        open={tooLong !== null}
        onClose={() => setTooLong(null)}
        actions={
          model && (
            <button type="button" onClick={() => void savePathwayFile(model)}>
              Save the pathway file
            </button>
          )
        }
      >
        <p>
          This pathway would make a link of {groupDigits(tooLong ?? 0)} characters; links carry pathways up to{' '}
          {groupDigits(MAX_LINK_CHARS)}, because chat and mail tools cut longer ones. Share the pathway as a file
          instead: whoever opens it with <strong>Open…</strong> sees the same diagram.
        </p>
      </Dialog>
    </>
  );
}
