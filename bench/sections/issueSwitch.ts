/**
 * Issue switch: from the click on an issue area to both panes painted, read from the app's own
 * marks (`diptych/issue-switch-start` → `diptych/panes-painted`).
 */
import type { Browser } from '@playwright/test';
import { repeat, type Summary } from '../support/stats';
import { markTime } from './start';

export async function measureIssueSwitch(
  browser: Browser,
  url: string,
  runs: number,
): Promise<Summary> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const nav = page.getByRole('navigation', { name: 'Issue areas' });
  await nav.waitFor();
  const buttons = nav.getByRole('button');
  const count = await buttons.count();
  if (count < 2) throw new Error('the case needs two issue areas to switch between');
  const once = async (i: number): Promise<number> => {
    await page.evaluate(() => {
      performance.clearMarks('diptych/issue-switch-start');
      performance.clearMarks('diptych/panes-painted');
    });
    await buttons.nth((i + 1) % count).click();
    const end = await markTime(page, 'diptych/panes-painted');
    const start = await markTime(page, 'diptych/issue-switch-start');
    return end - start;
  };
  await once(0);
  const result = await repeat(runs, (i) => once(i + 1));
  await context.close();
  return result;
}
