// `npm start [-- --browser] [--workspace DIR] [--port N]`: builds, then opens Diptych in Electron,
// or, where the Electron binary is absent and cannot be downloaded, serves the same workbench
// through the browser host.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electronBinary';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const hostArgs = args.filter((a) => a !== '--browser');

function tryDownloadElectron(): void {
  const install = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(install)) return;
  spawnSync(process.execPath, [install], { cwd: root, stdio: 'ignore', timeout: 180_000 });
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

let electron = forceBrowser ? undefined : findElectronBinary();
if (!forceBrowser && !electron) {
  tryDownloadElectron();
  electron = findElectronBinary();
}

let child: ChildProcess;
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
    { cwd: root, stdio: 'inherit' },
  );
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
