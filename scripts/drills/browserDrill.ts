/**
 * Drills that drive the real page: the browser host on a workspace that is a small tmpfs (so it
 * can turn read-only under the page), headless Chromium, a few tries each. Linux as root only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium, ROOT, startHost, type Host } from '../../bench/support/app';
import { Scratch } from '../../src/main/services/testing/scratch';

export interface TryContext {
  readonly browser: Browser;
  readonly host: Host;
  readonly page: Page;
  readonly workspace: string;
}

/** One try: resolves whether typed text was lost (a step that fails counts as a loss too). */
export type DrillTry = (context: TryContext, round: number) => Promise<{ lost: boolean }>;

export interface BrowserDrillRow {
  readonly tries: number;
  readonly losses: number;
}

/** Runs `tries` rounds of `run`, each on a fresh tmpfs workspace and host; prints one table. */
export async function runBrowserDrill(title: string, run: DrillTry, tries = 3): Promise<number> {
  console.log(`\n${title}`);
  const scratch = new Scratch('diptych-drill-page-');
  const probe = await scratch.tmpfs('8m');
  await scratch.cleanup();
  if (probe === undefined) {
    console.log('skipped: needs Linux and root, to mount a tmpfs that turns read-only');
    return 0;
  }
  if (!existsSync(path.join(ROOT, 'out', 'main', 'browser-host.js'))) {
    throw new Error('the browser drills need the built app: run `npm run build` first');
  }
  const browser = await launchChromium();
  let losses = 0;
  try {
    for (let round = 0; round < tries; round += 1) {
      const workspace = await scratch.tmpfs('8m');
      if (workspace === undefined) throw new Error('the tmpfs could not be mounted again');
      const host = await startHost({ workspace });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(host.url);
        const { lost } = await run({ browser, host, page, workspace }, round);
        if (lost) losses += 1;
      } catch (error) {
        // A step that never came (no banner, no saved state) means the text did not come back.
        losses += 1;
        console.log(`try ${round + 1}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
        await host.stop();
        await scratch.cleanup();
      }
    }
  } finally {
    await browser.close();
  }
  const row: BrowserDrillRow = { tries, losses };
  console.table([row]);
  return losses;
}
