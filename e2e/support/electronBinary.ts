/**
 * Finds the Electron binary without triggering its download: `require('electron')` would try to
 * fetch it, so read `path.txt` beside electron's package.json and check `dist/<path>` instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function findElectronBinary(): string | undefined {
  const require = createRequire(__filename);
  let pkg: string;
  try {
    pkg = require.resolve('electron/package.json');
  } catch {
    return undefined;
  }
  const dir = path.dirname(pkg);
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}
