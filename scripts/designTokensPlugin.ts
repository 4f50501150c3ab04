/**
 * A Vite plugin that serves the design tokens as a stylesheet: `import 'virtual:design-tokens.css'` (in
 * `src/main.tsx`) becomes the custom properties `tokensCss()` writes from
 * `src/model/tokens.ts`. At build time they land in the bundled CSS file, so there is no flash of
 * unstyled colours and no inline style for the Content-Security-Policy to allow.
 */
import type { Plugin } from 'vite';
import { tokensCss } from '../src/model/tokens.ts';

export const DESIGN_TOKENS_CSS = 'virtual:design-tokens.css';

export function designTokens(): Plugin {
  const resolved = `\0${DESIGN_TOKENS_CSS}`;
  return {
    name: 'pathway-layers:design-tokens',
    resolveId: (id) => (id === DESIGN_TOKENS_CSS ? resolved : undefined),
    load: (id) => (id === resolved ? tokensCss() : undefined),
  };
}
