// A built app served by `vite preview` on 127.0.0.1, for the scripts that look at it in Chromium
// (figure check, screenshots). Vite is started itself, not through npx: killing npx would leave the
// server running.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Serve `dist/` on `port` and resolve once it answers; the result stops the server. Rejects when
 * the server exits first (the port is taken) or does not answer within a minute.
 * Note: browsers and Node's fetch refuse some ports outright (4190, 6000…), so pick another.
 */
export async function startPreview(port) {
  const server = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      'dist',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return () => server.kill();
    } catch {
      if (exited || i > 600) {
        server.kill();
        throw new Error(`vite preview did not start on port ${port} (is the port taken?)`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
