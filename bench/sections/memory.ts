/**
 * Memory: the JS heap after a forced GC once the default case has loaded, and again after 20
 * cycles of switching issue, editing a note and exporting a chart (growth in %).
 */
import type { Browser, Page } from '@playwright/test';
import { markTime, FIRST_CHART_MARK } from './start';
import { newContext } from '../support/app';

export interface MemoryResult {
  readonly loadedBytes: number;
  /** After one visit to every issue area: what the app keeps once it has seen everything. */
  readonly afterFirstRoundBytes: number;
  readonly afterCyclesBytes: number;
  readonly cycles: number;
  /** From load to the end of the cycles. */
  readonly growthPercent: number;
  /** From the first round to the end of the cycles: what a leak would show. */
  readonly growthAfterFirstRoundPercent: number;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

export async function measureMemory(
  browser: Browser,
  url: string,
  cycles: number,
): Promise<MemoryResult> {
  const context = await newContext(browser, {
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await markTime(page, FIRST_CHART_MARK);
  // Loaded means everything a first screen holds, the note editor (loaded after first paint) too.
  await page.locator('.cm-content').first().waitFor();
  await page.waitForTimeout(500);
  const loadedBytes = await heapAfterGc(page);
  const issues = page.getByRole('navigation', { name: 'Issue areas' }).getByRole('button');
  const count = await issues.count();
  let afterFirstRoundBytes = loadedBytes;
  for (let i = 0; i < cycles; i++) {
    if (i === count) afterFirstRoundBytes = await heapAfterGc(page);
    await issues.nth((i + 1) % count).click();
    const editor = page.locator('.cm-content').first();
    await editor.click();
    await page.keyboard.type(` cycle ${i}`);
    // A chart of the issue area, if it has one, saved as SVG from its export dialog.
    const exportButton = page.getByRole('button', { name: /^Export figure: / }).first();
    if ((await exportButton.count()) > 0) {
      const title = ((await exportButton.getAttribute('aria-label')) ?? '').slice(15);
      await exportButton.click();
      const dialog = page.getByRole('dialog', { name: `Export figure: ${title}` });
      await dialog.locator('img[data-figure-preview]').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Save SVG', exact: true }).click(),
      ]);
      await download.delete();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
  await page.waitForTimeout(1500);
  const afterCyclesBytes = await heapAfterGc(page);
  await context.close();
  return {
    loadedBytes,
    afterFirstRoundBytes,
    afterCyclesBytes,
    cycles,
    growthPercent: ((afterCyclesBytes - loadedBytes) / loadedBytes) * 100,
    growthAfterFirstRoundPercent:
      ((afterCyclesBytes - afterFirstRoundBytes) / afterFirstRoundBytes) * 100,
  };
}
