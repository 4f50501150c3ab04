/**
 * Write the benchmark's generated networks as GraphML (as NetworkX writes it, no positions) and
 * list them with the real networks found in bench/networks/ (see its SOURCES.md).
 *
 *   tsx scripts/bench/write-networks.ts <out-dir> 500 2000 5000 10000
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNetworkGraphml } from '../../bench/networks';

const [outDir, ...sizes] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: tsx scripts/bench/write-networks.ts <out-dir> <nodes>...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const written: { name: string; file: string; nodes: number; edges: number; bytes: number; real: boolean }[] = [];
for (const size of sizes.map(Number)) {
  const { graphml, nodes, edges } = generateNetworkGraphml(size);
  const file = join(outDir, `network-${size}.graphml`);
  writeFileSync(file, graphml);
  written.push({ name: `network ${size}`, file, nodes, edges, bytes: Buffer.byteLength(graphml), real: false });
}
const real = 'bench/networks';
if (existsSync(real))
  for (const name of readdirSync(real).filter((f) => f.endsWith('.graphml'))) {
    const text = readFileSync(join(real, name), 'utf8');
    written.push({
      name: name.replace(/\.graphml$/, ''),
      file: join(real, name),
      nodes: (text.match(/<node\b/g) ?? []).length,
      edges: (text.match(/<edge\b/g) ?? []).length,
      bytes: Buffer.byteLength(text),
      real: true,
    });
  }
console.log(JSON.stringify(written));
