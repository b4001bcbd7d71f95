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

test('every face of the font the first screen sets its text in was asked for by the page itself', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  await expect(new ChartsPage(page).charts().first().locator('svg.recharts-surface')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const { preloaded, used } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')]
      .filter((l) => l.crossOrigin !== null)
      .map((l) => new URL(l.href).pathname),
    used: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.woff2')),
  }));
  // Without a preload a face is only fetched once text needs it, after the scripts have run, and
  // every line is laid out again when it lands.
  expect(used.length).toBeGreaterThan(0);
  for (const face of used) expect(preloaded).toContain(face);
});
