import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The version from the app's package.json. */
export function appVersion(appRoot: string): string {
  const pkg = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
