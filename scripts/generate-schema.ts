/**
 * Writes public/pathway.schema.json from the zod schema. With --check, fails if the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { pathwaySchema } from '../src/model/schema.ts';

const out = fileURLToPath(new URL('../public/pathway.schema.json', import.meta.url));
const schema = {
  ...z.toJSONSchema(pathwaySchema, { target: 'draft-2020-12' }),
  $id: 'pathway.schema.json',
  title: 'Pathway Layers pathway file',
  description: 'One pathway model: references, layers (hypotheses), nodes and cited edges. See docs/data-format.md.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('public/pathway.schema.json is out of date: run `npm run schema`.');
    process.exit(1);
  }
  console.log('public/pathway.schema.json is up to date.');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
