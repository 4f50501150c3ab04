import { forwardRef } from 'react';
import { selectShortcutsEnabled } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';
import { KEYMAP, type KeyBinding, type KeyGroup } from '../keymap';

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
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  const enabled = useAppStore(selectShortcutsEnabled);
  const { setShortcutsEnabled } = appActions();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
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
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
});
