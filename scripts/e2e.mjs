#!/usr/bin/env node
// Runs the end-to-end suite with a Chromium it finds or obtains, saying what it does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      candidates.push(
        path.join(cache, dir, 'chrome-linux', 'chrome'),
        path.join(cache, dir, 'chrome-linux64', 'chrome'),
      );
    }
  }
  return candidates.find((c) => c && existsSync(c));
}

function run(command, args, env = process.env) {
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

let chromium = findChromium();
if (!chromium) {
  console.log('No Chromium found; trying `playwright install chromium`.');
  if (run('npx', ['playwright', 'install', 'chromium']) === 0) chromium = findChromium();
}
if (!chromium && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("The download was refused; installing Debian's chromium with apt-get.");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'No Chromium: install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to its binary.',
  );
  process.exit(1);
}
process.exit(
  run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    ...process.env,
    CHROMIUM_PATH: chromium,
  }),
);
