// `npm run dist`: builds Diptych and packages it with electron-builder into this system's
// installers (AppImage and deb, dmg, or NSIS) under dist/. electron-builder downloads Electron
// and its packaging tools from github.com, so this needs the network; without it, it says so.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'electron-builder';
import { findElectronBinary, locateElectron } from './electronBinary';
import { builderConfig } from './packaging/builderConfig';

const DOWNLOAD_HOST = 'https://github.com';
const root = path.resolve(__dirname, '..');

/** Why the download host cannot be reached, or undefined when it can. */
async function unreachable(url: string): Promise<string | undefined> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(8000) });
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

async function main(): Promise<void> {
  const offline = await unreachable(DOWNLOAD_HOST);
  if (offline !== undefined) {
    const electron = locateElectron();
    fail(
      `npm run dist downloads Electron and electron-builder's packaging tools from github.com, which cannot be reached from here (${offline}${electron.found ? '' : `; ${electron.reason}`}): connect to the network and run it again.`,
    );
  }
  const vite = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (vite.status !== 0) fail('npm run dist: the build failed; see the messages above.');
  // An Electron already installed for `npm start` saves one download.
  const local = findElectronBinary() ? locateElectron() : undefined;
  const config = local?.found ? { ...builderConfig, electronDist: local.distDir } : builderConfig;
  try {
    const files = await build({ projectDir: root, config, publish: 'never' });
    console.log(
      `Installers written:\n${files.map((f) => `  ${path.relative(root, f)}`).join('\n')}`,
    );
  } catch (error) {
    const message = ((error as Error).message ?? String(error)).split('\n')[0];
    fail(`npm run dist: electron-builder failed: ${message}`);
  }
}

void main();
