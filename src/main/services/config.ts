/** Command-line options shared by both hosts. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultWorkspaceDir } from './workspace';

export interface HostOptions {
  readonly workspaceDir: string;
  readonly casesDir: string;
  /** 0 lets the OS pick a free port. */
  readonly port: number;
  readonly browser: boolean;
}

export function parseHostArgs(argv: readonly string[], appRoot: string): HostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      workspace: { type: 'string' },
      cases: { type: 'string' },
      port: { type: 'string' },
      browser: { type: 'boolean', default: false },
    },
    // Electron and Chromium add switches of their own; they are not ours to refuse.
    strict: false,
    allowPositionals: true,
  });
  const portText = typeof values.port === 'string' ? values.port : '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${portText}"`);
  }
  return {
    workspaceDir: path.resolve(
      typeof values.workspace === 'string' ? values.workspace : defaultWorkspaceDir(),
    ),
    casesDir: path.resolve(
      typeof values.cases === 'string' ? values.cases : path.join(appRoot, 'data', 'cases'),
    ),
    port,
    browser: values.browser === true,
  };
}
