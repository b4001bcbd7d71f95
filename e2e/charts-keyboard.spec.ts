/** Charts with the keyboard alone: one tab stop per plot, arrows between points, a large view. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ChartsPage } from './pages/ChartsPage';
import { expect, test } from './support/fixtures';

const ISSUE = 'Burden-sharing';

/** The plot's one tab stop. */
function plotOf(scope: Locator): Locator {
  return scope.getByRole('group', { name: /points\. Left and right arrows move between them/ });
}

/** The live region reading out the focused point. */
function said(scope: Locator): Locator {
  return scope.locator('.chart-point-said');
}

/** Presses Tab until `target` has focus, as a keyboard user would (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a chart is one tab stop: arrows move between points, read out; Enter opens the evidence', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 1200 });
  const charts = new ChartsPage(page);
  await charts.openIssue(ISSUE);
  const figure = charts.charts().first();
  const title = (await figure.getAttribute('aria-label'))!;
  await charts.plot(title).waitFor();
  // The drawn surface is no application and no tab stop of its own.
  await expect(charts.strip.locator('[role="application"]')).toHaveCount(0);
  await expect(charts.strip.locator('svg[tabindex]')).toHaveCount(0);

  const plot = plotOf(figure);
  await figure.getByRole('button', { name: `Open large: ${title}` }).focus();
  await tabTo(page, plot);
  const total = Number(/: (\d+) points/.exec((await plot.getAttribute('aria-label'))!)![1]);
  expect(total).toBeGreaterThan(1);

  await page.keyboard.press('ArrowRight');
  await expect(said(figure)).toHaveText(
    new RegExp(`^Point 1 of ${total}: .+; (stated|derived); .+; source .+`),
  );
  await expect(figure.locator('.chart-mark.is-focused')).toHaveCount(1);
  const first = await figure.locator('.chart-mark.is-focused').getAttribute('data-point');
  await page.keyboard.press('ArrowRight');
  await expect(said(figure)).toHaveText(new RegExp(`^Point 2 of ${total}: `));
  await expect(figure.locator('.chart-mark.is-focused')).not.toHaveAttribute('data-point', first!);
  await page.keyboard.press('End');
  await expect(said(figure)).toHaveText(new RegExp(`^Point ${total} of ${total}: `));
  await page.keyboard.press('ArrowRight');
  await expect(said(figure)).toHaveText(new RegExp(`^Point ${total} of ${total}: `));
  await page.keyboard.press('Home');
  await expect(said(figure)).toHaveText(new RegExp(`^Point 1 of ${total}: `));
  const value = /^Point 1 of \d+: ([^;]+);/.exec((await said(figure).textContent())!)![1]!;

  await page.keyboard.press('Enter');
  const evidence = page.getByRole('dialog', { name: `Evidence: ${title}` });
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText(value);
  await expect(evidence).toContainText('Source:');
  await page.keyboard.press('Escape');
  await expect(evidence).toBeHidden();
  await expect(plot).toBeFocused();

  // Tab leaves the chart in one step, whatever point was focused.
  await page.keyboard.press('Tab');
  await expect(plot).not.toBeFocused();
  expect(
    await plot.evaluate((el) => el.contains(document.activeElement)),
    'focus left the plot',
  ).toBe(false);
});

test('a chart opens large in the dialog, with the same keys; Escape returns to its button', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const charts = new ChartsPage(page);
  await charts.openIssue(ISSUE);
  const figure = charts.charts().first();
  const title = (await figure.getAttribute('aria-label'))!;
  await charts.plot(title).waitFor();
  const small = (await charts.plot(title).boundingBox())!;

  const open = figure.getByRole('button', { name: `Open large: ${title}` });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await expect(dialog).toBeVisible();
  const surface = dialog.locator('.chart-plot svg.recharts-surface');
  await expect(surface).toBeVisible();
  const large = (await surface.boundingBox())!;
  expect(large.width).toBeGreaterThan(small.width);
  expect(large.height).toBeGreaterThan(small.height);

  const plot = plotOf(dialog);
  await tabTo(page, plot);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(said(dialog)).toHaveText(/^Point 2 of \d+: /);
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('dialog', { name: `Evidence: ${title}` });
  await expect(evidence).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(evidence).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(plot).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('at 1440 × 900 the charts area shows a whole chart by default, resizes, and is remembered', async ({
  launch,
  workspace,
}) => {
  const app = await launch({ workspace });
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const charts = new ChartsPage(page);
  await charts.openIssue(ISSUE);
  const figure = charts.charts().first();
  await charts.plot((await figure.getAttribute('aria-label'))!).waitFor();
  const dock = page.locator('.charts-dock');
  const box = (await dock.boundingBox())!;
  const chart = (await figure.boundingBox())!;
  // Whole as it opens, without scrolling the charts area: its top and bottom inside the area.
  expect(chart.y, 'the first chart starts inside the charts area').toBeGreaterThanOrEqual(box.y);
  expect(chart.y + chart.height, 'the first chart ends inside the charts area').toBeLessThanOrEqual(
    box.y + box.height,
  );
  // The grid above keeps its pane headers and the start of a row.
  const grid = (await page.locator('#main-compare').boundingBox())!;
  expect(grid.height, 'the grid above the charts (px)').toBeGreaterThanOrEqual(300);
  await expect(page.locator('.row-title').first()).toBeInViewport();

  const separator = page.getByRole('separator', { name: 'Resize the comparison and the charts' });
  await separator.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await dock.boundingBox())!.height).toBeGreaterThan(box.height);
  const resized = (await dock.boundingBox())!.height;
  await expect
    .poll(async () =>
      JSON.parse(await readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => '{}')),
    )
    .toHaveProperty('chartsSize');
  await app.close();

  const again = await launch({ workspace });
  await again.page.setViewportSize({ width: 1440, height: 900 });
  await new ChartsPage(again.page).openIssue(ISSUE);
  const dockAgain = again.page.locator('.charts-dock');
  await dockAgain.waitFor();
  await expect
    .poll(async () => Math.round((await dockAgain.boundingBox())!.height))
    .toBeGreaterThanOrEqual(Math.round(resized) - 2);
});
