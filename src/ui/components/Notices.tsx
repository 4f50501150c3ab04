import { selectLoadErrors, selectModel, selectNotices } from '../../store/selectors';
import { useAppStore } from '../hooks/useAppStore';
import { appActions } from '../../store/store';

/** Non-blocking messages (ignored URL values, a file that failed to load). */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const loadErrors = useAppStore(selectLoadErrors);
  const model = useAppStore(selectModel);
  const uncited = model?.pathway.edges.filter((e) => e.uncited).length ?? 0;
  const { dismissNotice, setLoadErrors } = appActions();
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {uncited > 0 && (
        <div className="notice notice-warning uncited-banner">
          <span>
            {uncited} interaction{uncited === 1 ? ' was' : 's were'} imported without citations: they are drawn dotted
            and grey, labelled “uncited”. Add evidence before teaching from them.
          </span>
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <div className="notice-body">
            <span>{n.text}</span>
            {n.details && (
              <details className="notice-details">
                <summary>
                  {n.details.length} note{n.details.length === 1 ? '' : 's'} about this file
                </summary>
                <ul>
                  {n.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
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
