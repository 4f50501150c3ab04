import { useEffect, useState } from 'react';
import { edgeAnnouncement, nodeAnnouncement } from '../../model/describe';
import type { Model } from '../../model/model';
import type { Selection } from '../../model/types';
import { appStore } from '../../store/store';
import type { AppState } from '../../store/types';
import { shallow } from 'zustand/shallow';

function describe(model: Model, target: NonNullable<Selection>): string {
  if (target.kind === 'node') {
    const node = model.nodeById.get(target.id);
    return node ? nodeAnnouncement(model, node) : target.id;
  }
  const edge = model.edgeById.get(target.id);
  return edge ? edgeAnnouncement(model, edge) : target.id;
}

/** What is announced: keyboard focus first, then the selection, then layer changes. */
const announced = (s: AppState) => [s.model, s.focused, s.selection, s.activeLayers] as const;

/** Announces keyboard focus, selection and layer changes to screen readers (aria-live, polite). */
export function LiveAnnouncer() {
  const [text, setText] = useState('');
  useEffect(
    () =>
      appStore.subscribe(
        announced,
        ([model, focused, selection, layers], [prevModel, prevFocused, prevSelection, prevLayers]) => {
          if (!model || model !== prevModel) return;
          if (focused !== prevFocused && focused) setText(describe(model, focused));
          else if (selection !== prevSelection)
            setText(selection ? `Selected: ${describe(model, selection)}` : 'Details closed');
          else if (layers !== prevLayers) {
            const shown = layers.filter((id) => !prevLayers.includes(id));
            const hidden = prevLayers.filter((id) => !layers.includes(id));
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
        },
        { equalityFn: shallow },
      ),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements">
      {text}
    </div>
  );
}
