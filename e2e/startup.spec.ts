import { ChartsPage } from './pages/ChartsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

test('the browser host inlines the first screen’s data: the app starts without a boot call', async ({
  app,
}) => {
  test.skip(app.kind !== 'browser', 'Electron keeps its one boot call over IPC');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  // The first screen is complete: the default issue's grid and its first chart.
  await expect(page.getByRole('navigation', { name: 'Issue areas' })).toBeVisible();
  await expect(new ChartsPage(page).charts().first().locator('svg.recharts-surface')).toBeVisible();
  const calls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/api/')),
  );
  expect(calls).not.toContain('/api/boot');
  // The data block was read once and removed; nothing of it is left in the page.
  expect(await page.locator('#diptych-boot').count()).toBe(0);
});
