/**
 * Start-up: navigation to the app's own milestone (first chart painted on the default case),
 * against three baselines in the same run, taken in turn: a blank page of the same stack (Vite +
 * React), the smallest React + Recharts page drawing one chart, and the app's own first screen
 * copied as HTML and CSS with no script (what showing that screen costs however it is drawn).
 * All four mark "painted" with the same helper (a frame, then a task).
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';
import { newContext } from '../support/app';

export const FIRST_CHART_MARK = 'diptych/first-chart-painted';
/** The mark of the first screen copied with no script (bench/first-screen). */
export const FIRST_SCREEN_MARK = 'first-screen/painted';

export interface StartResult {
  readonly app: Summary;
  readonly blank: Summary;
  readonly recharts: Summary;
  /** The app's first screen as HTML and CSS, no script. */
  readonly firstScreen: Summary;
  /** Median app time over median blank time. */
  readonly ratio: number;
  /** Median app time over median Recharts-page time. */
  readonly ratioToRecharts: number;
  /** Median app time over the median of its first screen with no script. */
  readonly ratioToFirstScreen: number;
  /** Median time of the first screen with no script over median blank time. */
  readonly firstScreenToBlank: number;
}

/** The baseline pages' addresses. */
export interface StartBaselines {
  readonly blank: string;
  readonly recharts: string;
  readonly firstScreen: string;
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
  baselines: StartBaselines,
  runs: number,
): Promise<StartResult> {
  const app: number[] = [];
  const blank: number[] = [];
  const recharts: number[] = [];
  const firstScreen: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    for (const [url, mark, into] of [
      [appUrl, FIRST_CHART_MARK, app],
      [baselines.blank, 'blank/painted', blank],
      [baselines.recharts, 'recharts/painted', recharts],
      [baselines.firstScreen, FIRST_SCREEN_MARK, firstScreen],
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
  const f = summarize(firstScreen);
  return {
    app: a,
    blank: b,
    recharts: r,
    firstScreen: f,
    ratio: a.median / b.median,
    ratioToRecharts: a.median / r.median,
    ratioToFirstScreen: a.median / f.median,
    firstScreenToBlank: f.median / b.median,
  };
}
