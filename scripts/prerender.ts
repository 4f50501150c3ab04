/**
 * After `vite build`: write the page's default view into `dist/index.html` (issue 12). The app's own
 * components render it (`src/prerender.tsx`, loaded through Vite's SSR so that it is the same code
 * the browser runs) with the built-in model, and the root element gets the key of that state so
 * the app can take the markup over. Run by `npm run build` and `npm run build:e2e`:
 *
 *   tsx scripts/prerender.ts [--mode=e2e] [--out-dir=dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { Prerendered } from '../src/prerender.tsx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EMPTY_ROOT = '<div id="root"></div>';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function main(): Promise<void> {
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const mode = option('mode') ?? 'production';
  const index = join(resolve(ROOT, option('out-dir') ?? 'dist'), 'index.html');
  const page = readFileSync(index, 'utf8');
  if (!page.includes(EMPTY_ROOT)) throw new Error(`${index} has no empty ${EMPTY_ROOT} to fill`);
  const server = await createServer({
    root: ROOT,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { renderPage } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      renderPage: (builtIn: unknown) => Promise<Prerendered>;
    };
    const builtIn: unknown = JSON.parse(readFileSync(join(ROOT, 'data/antidepressants.json'), 'utf8'));
    const { html, key, attribute } = await renderPage(builtIn);
    const filled = `<div id="root" ${attribute}="${escapeAttribute(key)}">${html}</div>`;
    writeFileSync(
      index,
      page.replace(EMPTY_ROOT, () => filled),
    );
    console.log(`prerendered the default view into ${index} (${(html.length / 1000).toFixed(1)} kB of markup)`);
  } finally {
    await server.close();
  }
}

await main();
