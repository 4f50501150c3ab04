/**
 * Write the benchmark's generated models as pathway files and check each with the app's own
 * validation (schema + citation rules), so the app opens them exactly as it would a real file.
 *
 *   tsx scripts/bench/write-models.ts <out-dir> 500 2000 5000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePathway } from '../../bench/models';
import { parsePathwayText } from '../../src/model/validate';

const [outDir, ...sizes] = process.argv.slice(2);
if (!outDir || sizes.length === 0) {
  console.error('usage: tsx scripts/bench/write-models.ts <out-dir> <nodes>...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const written: { nodes: number; edges: number; strokes: number; file: string; bytes: number }[] = [];
for (const size of sizes.map(Number)) {
  const pathway = generatePathway(size);
  const text = JSON.stringify(pathway);
  const result = parsePathwayText(text);
  if (!result.ok) {
    console.error(`generated model n${size} is invalid:`, result.errors.slice(0, 5));
    process.exit(1);
  }
  const file = join(outDir, `n${size}.json`);
  writeFileSync(file, text);
  written.push({
    nodes: pathway.nodes.length,
    edges: pathway.edges.length,
    strokes: pathway.edges.reduce((sum, e) => sum + e.layers.length, 0),
    file,
    bytes: Buffer.byteLength(text),
  });
}
console.log(JSON.stringify(written));
