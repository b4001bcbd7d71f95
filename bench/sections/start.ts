/**
 * Start-up: navigation to the app's own milestone (first chart painted on the default case),
 * against two baselines in the same run, taken in turn: a blank page of the same stack (Vite +
 * React) and the smallest React + Recharts page drawing one chart. All three mark "painted" with
 * the same helper (a frame, then a task).
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';
import { newContext } from '../support/app';

export const FIRST_CHART_MARK = 'diptych/first-chart-painted';

export interface StartResult {
  readonly app: Summary;
  readonly blank: Summary;
  readonly recharts: Summary;
  /** Median app time over median blank time. */
  readonly ratio: number;
  /** Median app time over median Recharts-page time. */
  readonly ratioToRecharts: number;
}

export async function markTime(page: Page, mark: string, timeoutMs = 30_000): Promise<number> {
  await page
    .waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
      timeout: timeoutMs,
      polling: 16,
    })
    .catch((error: unknown) => {
      throw new Error(`${page.url()} never marked ${mark}: ${(error as Error).message}`);
    });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, mark);
}

export async function measureStart(
  browser: Browser,
  appUrl: string,
  blankUrl: string,
  rechartsUrl: string,
  runs: number,
): Promise<StartResult> {
  const app: number[] = [];
  const blank: number[] = [];
  const recharts: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    for (const [url, mark, into] of [
      [appUrl, FIRST_CHART_MARK, app],
      [blankUrl, 'blank/painted', blank],
      [rechartsUrl, 'recharts/painted', recharts],
    ] as const) {
      const context = await newContext(browser, { viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      const t = await markTime(page, mark);
      // The first round warms the disk cache and Chromium's code cache; it is not counted.
      if (i > 0) into.push(t);
      await context.close();
    }
  }
  const a = summarize(app);
  const b = summarize(blank);
  const r = summarize(recharts);
  return {
    app: a,
    blank: b,
    recharts: r,
    ratio: a.median / b.median,
    ratioToRecharts: a.median / r.median,
  };
}
