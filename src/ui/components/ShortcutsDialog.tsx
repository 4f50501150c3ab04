import type { Ref } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { selectShortcutsEnabled } from '../../store/selectors';
import { appActions } from '../../store/store';
import { KEYMAP, type KeyBinding, type KeyGroup } from '../keymap';
import { Dialog, type DialogHandle } from './Dialog';

const GROUPS: readonly KeyGroup[] = ['Layers and view', 'Tour', 'Diagram', 'Moving around'];

/** One row per distinct key label and description, in keymap order. */
function rows(group: KeyGroup): KeyBinding[] {
  const seen = new Set<string>();
  return KEYMAP.filter((b) => {
    const key = `${b.label}\u0000${b.description}`;
    if (b.group !== group || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The list of keyboard shortcuts, generated from the keymap, with the switch for single-key ones. */
export function ShortcutsDialog({ ref }: { ref: Ref<DialogHandle> }) {
  const enabled = useAppStore(selectShortcutsEnabled);
  const { setShortcutsEnabled } = appActions();
  return (
    <Dialog ref={ref} title="Keyboard shortcuts">
      {GROUPS.map((group) => (
        <table key={group} className="shortcuts">
          <caption>{group}</caption>
          <tbody>
            {rows(group).map((b) => (
              <tr key={b.id}>
                <th scope="row">
                  <kbd>{b.label}</kbd>
                </th>
                <td>
                  {b.description}
                  {b.presenter && !enabled ? ' (switched off)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="muted">Shortcuts do nothing while you type in a field (except F6).</p>
      <label className="checkbox-line">
        <input type="checkbox" checked={enabled} onChange={(e) => setShortcutsEnabled(e.target.checked)} /> Single-key
        shortcuts on
      </label>
    </Dialog>
  );
}
