import { selectLoadErrors, selectNotices } from '../../store/selectors';
import { appActions, useAppStore } from '../../store/store';

/** Non-blocking messages (ignored URL values, a file that failed to load). */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const loadErrors = useAppStore(selectLoadErrors);
  const { dismissNotice, setLoadErrors } = appActions();
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismissNotice(n.id)} aria-label={`Dismiss: ${n.text}`}>
            ×
          </button>
        </div>
      ))}
      {loadErrors.length > 0 && (
        <div className="notice notice-warning load-errors">
          <p>The file was not loaded; the current model is unchanged. Problems found:</p>
          <ul>
            {loadErrors.slice(0, 50).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
          {loadErrors.length > 50 && <p>…and {loadErrors.length - 50} more.</p>}
          <button type="button" onClick={() => setLoadErrors([])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
