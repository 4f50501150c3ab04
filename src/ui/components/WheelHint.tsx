import { useEffect } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { selectWheelHint } from '../../store/selectors';
import { appActions } from '../../store/store';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Embed mode: after a plain wheel over the diagram, say how to zoom; fades after a moment. */
export function WheelHint() {
  const show = useAppStore(selectWheelHint);
  const { setWheelHint } = appActions();
  useEffect(() => {
    if (!show) return;
    const timer = window.setTimeout(() => setWheelHint(false), 2500);
    return () => window.clearTimeout(timer);
  }, [show, setWheelHint]);
  return (
    <div className={show ? 'wheel-hint is-shown' : 'wheel-hint'} role="status" aria-label="Zoom hint">
      {show ? `Use ${IS_MAC ? '⌘' : 'Ctrl'} + scroll to zoom the diagram` : ''}
    </div>
  );
}
