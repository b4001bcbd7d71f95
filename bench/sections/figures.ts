/**
 * The side-by-side figure of the largest issue area of the default case: every SVG page laid
 * out with canvas-measured text and each rasterised to a 2× PNG, in a page of the app's stack.
 */
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';

export interface FiguresResult {
  readonly issue: string;
  readonly pages: number;
  readonly sideBySide: Summary;
}

export async function measureFigures(
  browser: Browser,
  url: string,
  runs: number,
): Promise<FiguresResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.diptychFigureBench !== undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const issue = await page.evaluate(() => window.diptychFigureBench!.issue);
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i <= runs; i++) {
    const r = await page.evaluate(() => window.diptychFigureBench!.time());
    if (r.bytes === 0) throw new Error('the side-by-side figure rasterised to an empty PNG');
    pages = r.pages;
    // The first run warms the page up (fonts, JIT) and is not counted.
    if (i > 0) times.push(r.ms);
  }
  await context.close();
  return { issue, pages, sideBySide: summarize(times) };
}
