import { useCallback, useEffect, useState } from 'react';
import { useBrowserValue } from './useBrowserValue';

const fullscreenEnabled = () => document.fullscreenEnabled === true;

/** Fullscreen through the Fullscreen API; `available` is false where the host forbids it. */
export function useFullscreen(): { available: boolean; active: boolean; toggle: () => void } {
  // The prerendered page shows the button, as most browsers allow fullscreen; where one does not (an
  // iPhone, a frame without allowfullscreen) it goes once the page is hydrated.
  const available = useBrowserValue(fullscreenEnabled, true);
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (!available) return;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => {
      // Refused (no user gesture, or the host withdrew permission): nothing to undo.
    });
  }, [available]);
  return { available, active, toggle };
}
