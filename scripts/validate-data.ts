/**
 * npm run validate [-- file.json …]: check pathway files against the schema and the citation rules.
 * Without arguments, checks every .json file in data/. Exits non-zero if any file is invalid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePathwayText } from '../src/model/validate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** Imported graphs may carry uncited edges; a model meant for teaching must cite every edge. */
const allowUncited = process.argv.includes('--allow-uncited');
const files = args.length
  ? args
  : readdirSync(join(root, 'data'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(root, 'data', f));

let failed = 0;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`✗ ${name}: cannot read (${(err as Error).message})`);
    failed++;
    continue;
  }
  const parsed = parsePathwayText(text);
  const uncited = parsed.ok && !allowUncited ? parsed.pathway.edges.flatMap((e, i) => (e.uncited ? [i] : [])) : [];
  const result: typeof parsed = uncited.length
    ? {
        ok: false,
        errors: uncited.map((i) => ({
          path: `edges[${i}].uncited`,
          message: 'an uncited edge: cite it (or pass --allow-uncited for an imported graph)',
        })),
      }
    : parsed;
  if (result.ok) {
    const p = result.pathway;
    console.log(
      `✓ ${name}: ${p.layers.length} layers, ${p.nodes.length} nodes, ${p.edges.length} edges, ${Object.keys(p.references).length} references`,
    );
  } else {
    failed++;
    console.error(`✗ ${name}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
    for (const e of result.errors) console.error(`  ${e.path}: ${e.message}`);
  }
}
if (files.length === 0) {
  console.error('no pathway files to validate');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
