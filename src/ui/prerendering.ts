import { createContext } from 'react';

/**
 * True in the build's prerender of the page (`src/prerender.tsx`), false in the browser: for what is
 * rendered in the page's HTML and then kept as it is rather than rebuilt (`DiagramTwin`).
 */
export const Prerendering = createContext(false);
