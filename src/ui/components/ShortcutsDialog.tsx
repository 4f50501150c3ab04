import { forwardRef } from 'react';
import { selectShortcutsEnabled } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';

const KEYS: readonly [string, string][] = [
  ['1 – 9', 'switch hypothesis 1–9 on or off'],
  ['0', 'show every hypothesis'],
  ['f', 'fullscreen on or off'],
  ['t', 'next theme (light, dark, projector)'],
  ['?', 'this list'],
  ['Esc', 'close the details, a dialog or a tour'],
];

/** The list of keyboard shortcuts, with the switch that turns single-key shortcuts off. */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  const enabled = useAppStore(selectShortcutsEnabled);
  const { setShortcutsEnabled } = appActions();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {KEYS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts do nothing while you type in a field.</p>
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
