import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Start fetching the built-in model with the HTML, not after the JS has run. */
function preloadModel(): Plugin {
  return {
    name: 'pathway-layers:preload-model',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && /antidepressants-[\w-]+\.json$/.test(file.fileName),
        );
        if (!asset) return html;
        return html.replace(
          '</head>',
          `  <link rel="preload" href="./${asset.fileName}" as="fetch" type="application/json" crossorigin>\n  </head>`,
        );
      },
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any sub-path on any static host.
  base: './',
  plugins: [react(), preloadModel()],
  // A static host should send Access-Control-Allow-Origin so that a frame sandboxed without
  // allow-same-origin (an opaque origin) can load the module scripts; preview does, for the tests.
  preview: {
    cors: true,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: false,
  },
});
