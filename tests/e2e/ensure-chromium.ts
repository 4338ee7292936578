/**
 * Makes sure Debian's Chromium is there for the demo and the end-to-end tests.
 * Where it is missing and this is a Debian machine run as root (like this project's machines),
 * it installs the `chromium` package; anywhere else it stops with the command to run.
 * Never downloads a browser of its own.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './harness';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get install chromium)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    `\nChromium is missing at ${CHROMIUM}.\n` +
      "The demo and the end-to-end tests drive Debian's chromium. Install it with:\n" +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.\n',
  );
  process.exit(1);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) ensureChromium();
