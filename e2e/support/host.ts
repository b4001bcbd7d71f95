/** Starts and stops the app in either host, for one test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electronBinary';
import { rememberElectronApp } from './savedFile';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface LaunchOptions {
  readonly workspace: string;
  readonly cases?: string;
  /** Electron only: files handed to the app on its command line, as a double-click does. */
  readonly openFiles?: readonly string[];
}

export interface AppHandle {
  readonly kind: 'browser' | 'electron';
  readonly page: Page;
  /**
   * Browser host only: its origin and this launch's secret (the session cookie's value), which
   * direct API calls send as the `X-Diptych-Token` header.
   */
  readonly origin?: string;
  readonly token?: string;
  /** Browser host only: the address the host printed, with its one-time code. */
  readonly printedUrl?: string;
  /** Browser host only: opens one more tab of the same browser on the app. */
  readonly openTab?: () => Promise<Page>;
  /** Browser host only: sends SIGTERM to the host, tabs left open, and waits until it exits. */
  readonly stopHost?: () => Promise<void>;
  /** Electron only: the main process, for answering its dialogs. */
  readonly electron?: ElectronApplication;
  /** Closes the page and stops the host the way a user would (SIGTERM / window close). */
  close(): Promise<void>;
}

function hostArgs(options: LaunchOptions): string[] {
  return ['--workspace', options.workspace, ...(options.cases ? ['--cases', options.cases] : [])];
}

export async function launchBrowserHost(
  browser: Browser,
  options: LaunchOptions,
  prepare: (page: Page) => Promise<void>,
): Promise<AppHandle> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'out/main/browser-host.js'), ...hostArgs(options), '--port', '0'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await waitForUrl(child);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await prepare(page);
  await page.goto(url);
  const parsed = new URL(url);
  const session = (await context.cookies(parsed.origin)).find((c) =>
    c.name.startsWith('diptych-session-'),
  );
  return {
    kind: 'browser',
    page,
    origin: parsed.origin,
    token: session?.value ?? '',
    printedUrl: url,
    openTab: async () => {
      // The printed code works once; a second tab is admitted by the cookie, as in a browser.
      const tab = await context.newPage();
      await prepare(tab);
      await tab.goto(parsed.origin);
      return tab;
    },
    stopHost: () => stop(child),
    close: async () => {
      await context.close();
      await stop(child);
    },
  };
}

export async function launchElectron(
  options: LaunchOptions,
  prepare: (page: Page) => Promise<void>,
): Promise<AppHandle> {
  const executablePath = findElectronBinary();
  if (!executablePath) throw new Error('Electron binary not installed');
  // Its own profile per launch: parallel workers, and a Diptych the developer has open, hold
  // the single-instance lock of other folders.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'diptych-profile-'));
  const env = { ...process.env };
  delete env['ELECTRON_RENDERER_URL'];
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [ROOT, '--user-data-dir', profile, ...hostArgs(options), ...(options.openFiles ?? [])],
    cwd: ROOT,
    env: env as Record<string, string>,
  });
  const page = await app.firstWindow();
  rememberElectronApp(page, app);
  await prepare(page);
  await page.reload();
  return {
    kind: 'electron',
    page,
    electron: app,
    close: async () => {
      await app.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${err}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Diptych running at (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}: ${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // Beyond the host's own bound on waiting for its tabs to save (5 s).
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
