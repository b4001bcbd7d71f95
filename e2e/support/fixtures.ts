/**
 * The one set of fixtures both projects share: a fresh temp workspace per test, the app launched
 * in the project's host, and a guard that fails the test on any console error or CSP violation.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { locateElectron } from '../../scripts/electronBinary';
import { launchBrowserHost, launchElectron, type AppHandle, type LaunchOptions } from './host';

export interface HostOptions {
  readonly hostKind: 'browser' | 'electron';
}

interface Fixtures {
  /** A fresh, empty workspace folder, removed after the test. */
  readonly workspace: string;
  /** Launches the app on a workspace (default: this test's); may be called again to restart. */
  readonly launch: (options?: Partial<LaunchOptions>) => Promise<AppHandle>;
  /** The app, launched on this test's workspace. */
  readonly app: AppHandle;
  /** Console errors and CSP violations seen on any page of this test. */
  readonly pageErrors: string[];
}

interface WorkerFixtures {
  /** Chromium, launched on first use only: the electron project never needs it. */
  readonly lazyBrowser: () => Promise<Browser>;
}

export const test = base.extend<HostOptions & Fixtures, WorkerFixtures>({
  lazyBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= playwright.chromium.launch(launchOptions)));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],

  hostKind: ['browser', { option: true }],

  workspace: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'console errors or CSP violations during the test').toEqual([]);
  },

  launch: async ({ hostKind, lazyBrowser, workspace, pageErrors }, use, testInfo) => {
    if (hostKind === 'electron') {
      const electron = locateElectron();
      testInfo.skip(!electron.found, electron.found ? '' : `Electron: ${electron.reason}`);
    }
    const running: AppHandle[] = [];
    await use(async (options) => {
      const launchOptions = { workspace, ...options };
      const prepare = (page: Page): Promise<void> => watchPage(page, pageErrors);
      const handle =
        hostKind === 'electron'
          ? await launchElectron(launchOptions, prepare)
          : await launchBrowserHost(await lazyBrowser(), launchOptions, prepare);
      running.push(handle);
      return handle;
    });
    for (const handle of running.reverse()) await handle.close().catch(() => undefined);
  },

  app: async ({ launch }, use) => {
    await use(await launch());
  },
});

async function watchPage(page: Page, errors: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
}

export { expect };
