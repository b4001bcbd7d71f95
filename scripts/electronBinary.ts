/**
 * Finds the Electron binary without triggering its download: `require('electron')` would try to
 * fetch it, so read `path.txt` beside electron's package.json and check `dist/<path>` instead
 * (or `$ELECTRON_OVERRIDE_DIST_PATH/<path>`). Used by `npm start`, `npm run dist` and the e2e suite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary =
  | { readonly found: true; readonly binary: string; readonly distDir: string }
  | { readonly found: false; readonly reason: string };

export function locateElectron(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const require = createRequire(__filename);
  let pkg: string;
  try {
    pkg = require.resolve('electron/package.json');
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const dir = path.dirname(pkg);
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: 'the Electron binary was never downloaded (no path.txt)' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const distDir = override ? override : path.join(dir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary)
    ? { found: true, binary, distDir }
    : { found: false, reason: `the Electron binary is not installed (no ${binary})` };
}

/** The binary's path, or undefined where it is absent. */
export function findElectronBinary(): string | undefined {
  const located = locateElectron();
  return located.found ? located.binary : undefined;
}
