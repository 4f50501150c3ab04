import { useEffect, useState } from 'react';
import { edgeAnnouncement, nodeAnnouncement } from '../../model/describe';
import type { Model } from '../../model/model';
import type { Selection } from '../../model/types';
import { useAppStore } from '../../store/store';

function describe(model: Model, target: NonNullable<Selection>): string {
  if (target.kind === 'node') {
    const node = model.nodeById.get(target.id);
    return node ? nodeAnnouncement(model, node) : target.id;
  }
  const edge = model.edgeById.get(target.id);
  return edge ? edgeAnnouncement(model, edge) : target.id;
}

/** Announces keyboard focus, selection and layer changes to screen readers (aria-live, polite). */
export function LiveAnnouncer() {
  const [text, setText] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        const model = s.model;
        if (!model || model !== prev.model) return;
        if (s.focused !== prev.focused && s.focused) setText(describe(model, s.focused));
        else if (s.selection !== prev.selection)
          setText(s.selection ? `Selected: ${describe(model, s.selection)}` : 'Details closed');
        else if (s.activeLayers !== prev.activeLayers) {
          const shown = s.activeLayers.filter((id) => !prev.activeLayers.includes(id));
          const hidden = prev.activeLayers.filter((id) => !s.activeLayers.includes(id));
          const title = (id: string) => model.layerById.get(id)?.title ?? id;
          setText(
            [
              shown.length ? `Shown: ${shown.map(title).join(', ')}` : '',
              hidden.length ? `Hidden: ${hidden.map(title).join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('. '),
          );
        }
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements">
      {text}
    </div>
  );
}
