// Make sure `xmllint` (libxml2) is on PATH: the format tests validate the XML exports against the
// official schemas with it. Installs Debian's libxml2-utils with apt-get when it is missing.
import { spawnSync } from 'node:child_process';

const onPath = (command) => !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;

if (onPath('xmllint')) {
  process.exit(0);
}
const manual =
  'Install it yourself (Debian/Ubuntu: apt-get install -y libxml2-utils; macOS: it comes with the system), then run the tests again.';
if (!onPath('apt-get')) {
  console.error(`xmllint is missing and there is no apt-get to install it with. ${manual}`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot && !onPath('sudo')) {
  console.error(`xmllint is missing, and installing it needs root (not root, and no sudo). ${manual}`);
  process.exit(1);
}
console.log("xmllint is missing: installing Debian's libxml2-utils with apt-get…");
/** `apt-get …` as root: directly when we are root, else through sudo. */
function aptGet(...args) {
  const command = [...(isRoot ? [] : ['sudo']), 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
  if (spawnSync(command[0], command.slice(1), { stdio: 'inherit' }).status === 0) return;
  console.error(`Could not install libxml2-utils: \`${command.join(' ')}\` failed. ${manual}`);
  process.exit(1);
}
aptGet('update');
aptGet('install', '-y', '--no-install-recommends', 'libxml2-utils');
if (!onPath('xmllint')) {
  console.error(`apt-get finished but xmllint is still not on PATH. ${manual}`);
  process.exit(1);
}
console.log('xmllint installed.');
