// Make sure Debian's Chromium is at /usr/bin/chromium; install it with apt-get when it is missing.
// Never downloads a browser from npm.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSER = '/usr/bin/chromium';
if (existsSync(BROWSER)) {
  process.exit(0);
}
console.log(`${BROWSER} is missing: installing Debian's chromium with apt-get…`);
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0 ? '' : 'sudo ';
try {
  execSync(`${asRoot}apt-get update && ${asRoot}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install chromium with apt-get. Install it yourself: apt-get install -y chromium');
  process.exit(1);
}
if (!existsSync(BROWSER)) {
  console.error(`apt-get finished but ${BROWSER} is still missing.`);
  process.exit(1);
}
