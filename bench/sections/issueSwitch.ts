/**
 * Issue switch: from the click on an issue area to both panes painted. The start is the click
 * event's own timestamp (when the input happened, before any handler ran), taken by a capture
 * listener on window; the end is the app's mark `diptych/panes-painted`.
 */
import type { Browser } from '@playwright/test';
import { repeat, type Summary } from '../support/stats';
import { markTime } from './start';
import { newContext } from '../support/app';

export async function measureIssueSwitch(
  browser: Browser,
  url: string,
  runs: number,
): Promise<Summary> {
  const context = await newContext(browser, { viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { lastClickTimeStamp: number };
    window.addEventListener('click', (e) => (w.lastClickTimeStamp = e.timeStamp), {
      capture: true,
    });
  });
  await page.goto(url);
  const nav = page.getByRole('navigation', { name: 'Issue areas' });
  await nav.waitFor();
  const buttons = nav.getByRole('button');
  const count = await buttons.count();
  if (count < 2) throw new Error('the case needs two issue areas to switch between');
  const once = async (i: number): Promise<number> => {
    await page.evaluate(() => performance.clearMarks('diptych/panes-painted'));
    await buttons.nth((i + 1) % count).click();
    const end = await markTime(page, 'diptych/panes-painted');
    const start = await page.evaluate(
      () => (window as unknown as { lastClickTimeStamp: number }).lastClickTimeStamp,
    );
    return end - start;
  };
  await once(0);
  const result = await repeat(runs, (i) => once(i + 1));
  await context.close();
  return result;
}
