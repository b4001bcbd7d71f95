/** The splitters dragged with a mouse: the pane separators and the divider above the charts. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readDefaultCase } from './pages/caseFile';
import { ChartsPage } from './pages/ChartsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, 'the element is on screen').not.toBeNull();
  return box!;
}

/** Presses the mouse on the middle of `handle`, moves by (dx, dy) in steps, and releases. */
async function drag(
  page: Page,
  handle: Locator,
  dx: number,
  dy: number,
  beforeRelease?: () => Promise<void>,
): Promise<void> {
  const box = await boxOf(handle);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await beforeRelease?.();
  await page.mouse.up();
}

async function settingsOf(workspace: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => '{}');
  return JSON.parse(text) as Record<string, unknown>;
}

/** The header and the first row's cell of a pane stand in one column. */
async function expectAligned(page: Page, head: Locator, column: number): Promise<void> {
  const pane = await boxOf(head);
  const cell = await boxOf(page.locator('.grid-row').first().locator(`[data-col="${column}"]`));
  expect(Math.abs(pane.x - cell.x), `column ${column}'s left edge (px)`).toBeLessThan(2);
  expect(Math.abs(pane.width - cell.width), `column ${column}'s width (px)`).toBeLessThan(2);
}

test('dragging a pane separator resizes the panes, keeps the rows aligned, stops at the limit and is remembered', async ({
  app,
  launch,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const separator = app.page.getByRole('separator', { name: 'Resize Trump 1.0 and Trump 2.0' });
  const first = wb.pane('Trump 1.0');
  const second = wb.pane('Trump 2.0');
  const before = await boxOf(first);
  const shared = before.width + (await boxOf(second)).width;

  await drag(app.page, separator, 120, 0, async () => {
    // While the pointer is still down, the rows follow the headers.
    await expect(separator).toHaveAttribute('data-separator', 'active');
    await expectAligned(app.page, second, 1);
  });
  await expect(separator).not.toHaveAttribute('data-separator', 'active');
  const after = await boxOf(first);
  expect(after.width - before.width, 'the first pane grew by the drag (px)').toBeGreaterThan(115);
  expect(after.width - before.width, 'the first pane grew by the drag (px)').toBeLessThan(125);
  await expectAligned(app.page, first, 0);
  await expectAligned(app.page, second, 1);
  await expect(separator).toHaveAttribute('aria-valuenow', /^(5[5-9]|6\d)(\.\d)?$/);

  // Far past the second pane: it keeps its least share, 15 % of the panes' width.
  await drag(app.page, separator, 2000, 0);
  const least = (await boxOf(second)).width;
  expect(least, 'the second pane at its least width (px)').toBeGreaterThan(shared * 0.15 - 2);
  expect(least, 'the second pane at its least width (px)').toBeLessThan(shared * 0.15 + 2);
  await expect(separator).toHaveAttribute('aria-valuenow', '85');
  await expectAligned(app.page, second, 1);

  // Back to a middle size, which is what is remembered.
  await drag(app.page, separator, -(shared * 0.2), 0);
  const chosen = await boxOf(first);
  await expect
    .poll(async () => {
      const cases = (await settingsOf(workspace)).cases as Record<string, { paneSizes?: number[] }>;
      return cases?.[kase.id]?.paneSizes?.[0] ?? 0;
    })
    .toBeCloseTo(65, 0);
  await app.close();

  const again = await launch({ workspace });
  const wb2 = new WorkbenchPage(again.page);
  await wb2.waitUntilOpen();
  const restored = await boxOf(wb2.pane('Trump 1.0'));
  expect(Math.abs(restored.width - chosen.width), 'the width after a restart (px)').toBeLessThan(3);
  await expectAligned(again.page, wb2.pane('Trump 1.0'), 0);
});

test('dragging the divider above the charts resizes them, stops at the limits and is remembered', async ({
  launch,
  workspace,
}) => {
  const app = await launch({ workspace });
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await new ChartsPage(page).openIssue('Burden-sharing');
  const dock = page.locator('.charts-dock');
  const grid = page.locator('#main-compare');
  await dock.waitFor();
  const divider = page.getByRole('separator', { name: 'Resize the comparison and the charts' });
  const start = await boxOf(dock);
  const shared = start.height + (await boxOf(grid)).height;

  await drag(page, divider, 0, -80);
  const taller = await boxOf(dock);
  expect(taller.height - start.height, 'the charts grew by the drag (px)').toBeGreaterThan(75);
  expect(taller.height - start.height, 'the charts grew by the drag (px)').toBeLessThan(85);

  // Far up: the grid keeps its least share, a quarter of the split.
  await drag(page, divider, 0, -2000);
  const gridLeast = (await boxOf(grid)).height;
  expect(gridLeast, 'the grid at its least height (px)').toBeGreaterThan(shared * 0.25 - 2);
  expect(gridLeast, 'the grid at its least height (px)').toBeLessThan(shared * 0.25 + 2);

  // Far down: the charts keep theirs, 12 %.
  await drag(page, divider, 0, 2000);
  const chartsLeast = (await boxOf(dock)).height;
  expect(chartsLeast, 'the charts at their least height (px)').toBeGreaterThan(shared * 0.12 - 2);
  expect(chartsLeast, 'the charts at their least height (px)').toBeLessThan(shared * 0.12 + 2);

  await drag(page, divider, 0, -(shared * 0.3));
  const chosen = await boxOf(dock);
  await expect.poll(async () => (await settingsOf(workspace)).chartsSize).toBeCloseTo(42, 0);
  await app.close();

  const again = await launch({ workspace });
  await again.page.setViewportSize({ width: 1440, height: 900 });
  await new ChartsPage(again.page).openIssue('Burden-sharing');
  const dockAgain = again.page.locator('.charts-dock');
  await dockAgain.waitFor();
  await expect
    .poll(async () => Math.round((await boxOf(dockAgain)).height))
    .toBeGreaterThanOrEqual(Math.round(chosen.height) - 2);
  expect((await boxOf(dockAgain)).height).toBeLessThan(chosen.height + 3);
});

test('pane widths remembered past the least width open at it, the rows still aligned', async ({
  launch,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const settings = { schemaVersion: 1, cases: { [kase.id]: { paneSizes: [5, 95] } } };
  await writeFile(path.join(workspace, 'settings.json'), JSON.stringify(settings));
  const app = await launch({ workspace });
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const separator = app.page.getByRole('separator', { name: 'Resize Trump 1.0 and Trump 2.0' });
  await expect(separator).toHaveAttribute('aria-valuenow', '15');
  const first = await boxOf(wb.pane('Trump 1.0'));
  const shared = first.width + (await boxOf(wb.pane('Trump 2.0'))).width;
  expect(first.width, 'the first pane at its least width (px)').toBeGreaterThan(shared * 0.15 - 2);
  await expect
    .poll(async () => {
      const cell = await boxOf(app.page.locator('.grid-row').first().locator('[data-col="1"]'));
      return Math.abs(cell.x - (await boxOf(wb.pane('Trump 2.0'))).x);
    }, 'the second column under its header (px off)')
    .toBeLessThan(2);
  await expectAligned(app.page, wb.pane('Trump 1.0'), 0);
});
