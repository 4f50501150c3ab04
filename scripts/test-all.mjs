// npm test: every check, in order, stopping at the first failure. Ends with one summary line.
import { spawnSync } from 'node:child_process';

const steps = [
  'test:types',
  'test:lint',
  'test:knip',
  'test:format',
  'test:data',
  'test:unit',
  'test:e2e',
  'test:figure',
  'test:smoke',
];
const only = process.argv.slice(2);
const run = only.length ? steps.filter((s) => only.includes(s)) : steps;
let passed = 0;
for (const step of run) {
  console.log(`\n▶ npm run ${step}`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${step} failed after ${seconds} s`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step} (${seconds} s)`);
  passed++;
}
console.log(`\nchecks: ${passed} passed, 0 failed`);
