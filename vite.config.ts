import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { designTokens } from './scripts/designTokensPlugin.ts';

/**
 * A Content-Security-Policy for the built app (the dev server needs inline scripts for hot reload,
 * so it is added at build time only). No inline script; nothing loads from another origin.
 * `frame-ancestors` cannot be set from a meta tag: a host that wants it sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pathway-layers:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Unit tests in `.ts` files that need a DOM: the XML formats read with DOMParser. */
const DOM_TESTS = ['tests/unit/formats/{graphml,sbgnml,gpml,xml,pathway-registry,compartments}*.test.ts'];

export default defineConfig({
  // Relative base: the build works from any sub-path on any static host.
  base: './',
  plugins: [react(), designTokens(), contentSecurityPolicy()],
  // A static host should send Access-Control-Allow-Origin so that a frame sandboxed without
  // allow-same-origin (an opaque origin) can load the module scripts; preview does, for the tests.
  preview: {
    cors: true,
  },
  // The file worker (src/worker) loads its format readers and layout with dynamic import().
  worker: {
    format: 'es',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Which chunk is which (the entry, the app, the canvas engine), for the bench's bundle report.
    manifest: true,
    modulePreload: false,
  },
  test: {
    globals: false,
    // Pure model, store and graph tests run in Node; only code that needs a DOM gets jsdom: React
    // components (every `.tsx` test) and the XML formats, which parse with the platform DOMParser.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DOM_TESTS],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx', ...DOM_TESTS],
          // A whole-app render takes 1–3 s, more on a busy machine: 5 s would fail slow passes.
          testTimeout: 20_000,
          setupFiles: ['tests/unit/setup.ts', 'tests/unit/setup-dom.ts'],
        },
      },
    ],
  },
});
