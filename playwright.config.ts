import { defineConfig } from '@playwright/test';
import type { HostOptions } from './e2e/support/fixtures';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig<HostOptions>({
  testDir: './e2e',
  // The specs' own config: tsconfig.web.json maps papaparse to a types-only file for the
  // renderer, which must not decide what a spec running in Node imports.
  tsconfig: './tsconfig.e2e.json',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  // A spec drives a whole page and its host on a 2-core machine: this bounds a hung spec and
  // times nothing.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'browser',
      use: {
        hostKind: 'browser',
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // The same specs as the browser project. A test that cannot apply to one host skips
      // itself there and says why (the HTTP gate, the preload bridge, the system's file
      // hand-over); every test skips here with the reason when the Electron binary is absent.
      name: 'electron',
      use: { hostKind: 'electron' },
    },
  ],
});
