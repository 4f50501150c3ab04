import { createContext } from 'react';

/**
 * How a render of the app relates to the page's HTML: `prerender`, the build writing it
 * (`src/prerender.tsx`); `hydrate`, the browser taking that markup over (`src/main.tsx`); `render`,
 * the browser rendering afresh (the dev server, another view than the one prerendered, tests).
 * For what must start as the page's HTML has it (`DiagramTwin`, `useBrowserValue`).
 */
export type PageRender = 'prerender' | 'hydrate' | 'render';

export const PageRenderContext = createContext<PageRender>('render');
