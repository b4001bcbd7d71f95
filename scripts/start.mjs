#!/usr/bin/env node
// `npm start [-- --browser] [--workspace DIR] [--port N]`: builds, then opens Diptych in Electron,
// or, where the Electron binary is absent and cannot be downloaded, serves the same workbench
// through the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const hostArgs = args.filter((a) => a !== '--browser');

/** The Electron binary, found without triggering its download (see e2e/support/electronBinary.ts). */
function electronBinary() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const binary = path.join(base, relative);
  return existsSync(binary) ? binary : undefined;
}

function tryDownloadElectron() {
  const install = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(install)) return;
  spawnSync(process.execPath, [install], { cwd: root, stdio: 'ignore', timeout: 180_000 });
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

let electron = forceBrowser ? undefined : electronBinary();
if (!forceBrowser && !electron) {
  tryDownloadElectron();
  electron = electronBinary();
}

let child;
if (electron) {
  child = spawn(electron, [root, ...hostArgs], { cwd: root, stdio: 'inherit' });
} else {
  if (!forceBrowser) {
    console.log(
      'The Electron binary is not installed and could not be downloaded; serving Diptych to your browser instead.',
    );
  }
  child = spawn(
    process.execPath,
    [path.join(root, 'out', 'main', 'browser-host.js'), ...hostArgs],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
