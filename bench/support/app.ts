/** Starts the browser host and Chromium for the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Host {
  readonly url: string;
  readonly workspace: string;
  stop(): Promise<void>;
}

/**
 * Starts the host on a fresh temp workspace, or on `workspace` (then left in place on stop); from
 * this checkout's build, or from the one in `root`.
 */
export async function startHost(
  options: { cases?: string; workspace?: string; root?: string } = {},
): Promise<Host> {
  const root = options.root ?? ROOT;
  const own = options.workspace === undefined;
  const workspace =
    options.workspace ?? (await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-ws-')));
  const args = [
    path.join(root, 'out/main/browser-host.js'),
    '--workspace',
    workspace,
    '--port',
    '0',
  ];
  if (options.cases) args.push('--cases', options.cases);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Diptych running at (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  return {
    url,
    workspace,
    stop: async () => {
      await stopChild(child);
      if (own) await rm(workspace, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
    ],
  });
}

type Cookie = Awaited<ReturnType<BrowserContext['cookies']>>[number];
const admittedCookies: Cookie[] = [];

/**
 * Trades a host's one-time address for its session cookie, once, and returns the plain address:
 * every context made by `newContext` then carries the cookie, as a browser that opened the
 * printed address would.
 */
export async function admit(browser: Browser, host: Host): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  admittedCookies.push(...(await context.cookies()));
  await context.close();
  return new URL('/', host.url).href;
}

/** A fresh browser context (cold caches) holding the session cookies of every admitted host. */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addCookies(admittedCookies);
  return context;
}
