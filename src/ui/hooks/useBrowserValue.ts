import { startTransition, useContext, useEffect, useState } from 'react';
import { PageRenderContext } from '../prerendering';

/**
 * A fact of the browser (whether fullscreen is allowed, whether the window is phone-sized), read
 * with `read`, and read again when `subscribe` reports a change. The prerender, and the render that
 * takes its page over, get `assumed` instead, so both draw the same markup; the browser's value
 * follows as a transition, so that React re-renders in small tasks, not in one that holds the page.
 */
export function useBrowserValue<T>(read: () => T, assumed: T, subscribe?: (onChange: () => void) => () => void): T {
  const page = useContext(PageRenderContext);
  const [value, setValue] = useState(() => (page === 'render' ? read() : assumed));
  useEffect(() => {
    const update = () => {
      const next = read();
      startTransition(() => setValue(next));
    };
    update();
    return subscribe?.(update);
  }, [read, subscribe]);
  return value;
}
