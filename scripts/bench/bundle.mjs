// Bundle report: the JS the page loads as it starts (the shell: its script and the app), the canvas
// engine loaded alongside, and every other (lazy) chunk, gzip -9 with node's zlib, read from dist/. Plus what the shell is
// made of: the app rebuilt in memory (same vite.config.ts, nothing written), each module's rendered
// code minified and gzipped on its own, grouped by package, and scaled to the real shell's gzip size.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** A chunk and every chunk it imports statically, by manifest key. */
function withImports(manifest, key, into = new Set()) {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const dep of manifest[key].imports ?? []) withImports(manifest, dep, into);
  return into;
}

/**
 * From Vite's manifest (`build.manifest`): the shell is the page's script (`src/start.ts`), the app
 * it loads (`src/main.tsx`) and what they import; the canvas engine is `src/graph/engine.ts` and what
 * it imports beyond the shell (both load as the page starts, the engine alongside the app); every
 * other chunk loads when asked for.
 */
export function bundleReport(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const shellKeys = withImports(manifest, entry);
  withImports(manifest, 'src/main.tsx', shellKeys);
  const engineKeys = [...withImports(manifest, 'src/graph/engine.ts')].filter((k) => !shellKeys.has(k));
  const fileOf = (key) => manifest[key].file;
  const initial = new Set([...shellKeys].map(fileOf));
  const engine = new Set(engineKeys.map(fileOf));
  const css = new Set([...shellKeys].flatMap((k) => manifest[k].css ?? []));
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const info = (file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gz(buf) };
  };
  const initialJs = [...initial].map(info);
  const engineJs = [...engine].map(info);
  const lazyJs = assets.filter((f) => f.endsWith('.js') && !initial.has(f) && !engine.has(f)).map(info);
  const initialCss = [...css].map(info);
  return {
    initialJs,
    initialJsGzip: initialJs.reduce((n, c) => n + c.gzip, 0),
    initialJsRaw: initialJs.reduce((n, c) => n + c.raw, 0),
    engineJs,
    engineJsGzip: engineJs.reduce((n, c) => n + c.gzip, 0),
    initialCss,
    lazyJs,
  };
}

function groupOf(id, root) {
  const path = relative(root, id.replace(/\0/g, '')).split(sep).join('/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  if (path.startsWith('src/')) return path.split('/').slice(0, 2).join('/');
  return path;
}

/** Share of the shell's chunks per package / app folder. Returns null if the rebuild fails. */
export async function shellComposition(root, shellGzip) {
  try {
    const { build } = await import('vite');
    let minifySync = null;
    try {
      ({ minifySync } = await import('rolldown/utils'));
    } catch {
      minifySync = null;
    }
    const res = await build({
      configFile: join(root, 'vite.config.ts'),
      root,
      logLevel: 'silent',
      // Nothing is written; the outDir is ours anyway, so a concurrent build of dist/ is not touched.
      build: { write: false, outDir: join(root, 'bench-results', 'analyze'), emptyOutDir: false },
    });
    const outputs = (Array.isArray(res) ? res : [res]).flatMap((r) => r.output ?? []);
    // The shell, as bundleReport counts it: the page's script, the app (src/main.tsx) and their
    // static imports.
    const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const shell = new Set();
    const add = (chunk) => {
      if (!chunk || shell.has(chunk)) return;
      shell.add(chunk);
      for (const file of chunk.imports ?? []) add(chunks.get(file));
    };
    for (const chunk of chunks.values()) {
      if (chunk.isEntry || chunk.facadeModuleId?.endsWith('/src/main.tsx')) add(chunk);
    }
    const groups = new Map();
    for (const chunk of shell) {
      for (const [id, mod] of Object.entries(chunk.modules)) {
        let code = mod.code ?? '';
        if (minifySync && code) {
          try {
            // As a script with unused-code removal off: a module's rendered code is a fragment of
            // the chunk whose top-level names other modules use.
            const min = minifySync('fragment.js', code, { module: false, compress: { unused: false } });
            if (!min.errors?.length && min.code) code = min.code;
          } catch {
            /* keep the unminified code */
          }
        }
        const size = code ? gz(Buffer.from(code)) : 0;
        const g = groupOf(id, root);
        groups.set(g, (groups.get(g) ?? 0) + size);
      }
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    if (!total) return null;
    return [...groups.entries()]
      .map(([group, size]) => ({ group, share: size / total, gzipEstimate: (size / total) * shellGzip }))
      .sort((a, b) => b.share - a.share);
  } catch (err) {
    return { error: String(err) };
  }
}
