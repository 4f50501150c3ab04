import { useEffect, useState } from 'react';

/**
 * The rendered height of an element in px, kept current with a ResizeObserver: pass the returned
 * callback as the element's `ref` (it may mount later than the component). 0 before the first
 * measure, and where ResizeObserver is missing, as in jsdom.
 */
export function useElementHeight(): [ref: (element: HTMLElement | null) => void, height: number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, height];
}
