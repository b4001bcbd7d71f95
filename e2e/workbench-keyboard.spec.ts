import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { claimsIn, periodLabel, readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

/** Presses Tab until `done` holds, as a keyboard user would; fails after `limit` presses. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await done()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached after ${limit} Tab presses`);
}

test('keyboard only: from page load to a saved verdict', async ({ app, workspace }) => {
  const kase = await readDefaultCase();
  const { page } = app;
  const wb = new WorkbenchPage(page);
  await wb.waitUntilOpen();
  const first = kase.issues[0]!;
  const target = kase.issues[2]!;

  // Tab into the issue list, move down it with the arrow keys, open an issue with Enter.
  await tabUntil(page, () =>
    page.evaluate(() => document.activeElement?.classList.contains('issue-link') ?? false),
  );
  await expect(wb.issueButton(first.label)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(wb.issueButton(target.label)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wb.currentIssue()).toHaveText(target.label);

  // F6 goes to the first pane; Enter on a card opens its evidence, Escape returns to it.
  await page.keyboard.press('F6');
  const focusedCard = page.locator('.claim-card:focus');
  await expect(focusedCard).toHaveCount(1);
  await expect(focusedCard).toHaveAttribute('data-claim-id', /.+/);
  const claimId = await focusedCard.getAttribute('data-claim-id');
  await page.keyboard.press('Enter');
  await expect(wb.evidenceDialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wb.evidenceDialog()).toBeHidden();
  await expect(wb.card(claimId!)).toBeFocused();

  // "v" goes to the verdict of that row; the arrow keys choose one, and it is saved.
  await page.keyboard.press('v');
  const row = page.locator('.grid-row', { has: page.locator(`[data-claim-id="${claimId}"]`) });
  const dimensionId = await row.getAttribute('data-dimension');
  const select = row.locator('.verdict-select');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('continuity');
  await expect(row.locator('.verdict-status')).toHaveText(/^Saved/);
  const file = path.join(workspace, 'cases', 'japan-trump', 'user.json');
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    verdicts: { issue: string; dimension: string; verdict: string }[];
  };
  expect(saved.verdicts).toEqual([
    expect.objectContaining({ issue: target.id, dimension: dimensionId, verdict: 'continuity' }),
  ]);
});

test('shortcuts move between issue areas, panes and views, and are listed under ?', async ({
  app,
}) => {
  const kase = await readDefaultCase();
  const { page } = app;
  const wb = new WorkbenchPage(page);
  await wb.waitUntilOpen();
  await expect(wb.currentIssue()).toHaveText(kase.issues[0]!.label);
  // Screen-reader counts say "1 claim", never "1 claims".
  const first = kase.issues[0]!;
  const one = kase.claims.filter((c) => c.issue === first.id && c.period === 'trump1').length;
  expect(one).toBe(1);
  await expect(
    page
      .getByRole('navigation', { name: 'Issue areas' })
      .getByRole('button', { name: first.label }),
  ).toHaveAccessibleName(/Trump 1\.0: 1 claim, Trump 2\.0: \d+ claims;/);
  await page.keyboard.press('j');
  await expect(wb.currentIssue()).toHaveText(kase.issues[1]!.label);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(wb.currentIssue()).toHaveText(kase.issues[2]!.label);
  await page.keyboard.press('k');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(wb.currentIssue()).toHaveText(kase.issues[0]!.label);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(wb.currentIssue()).toHaveText(kase.issues.at(-1)!.label);

  // F6 cycles: issue list, each pane, notes, back to the list; Shift+F6 goes back.
  await page.keyboard.press('F6');
  await expect(page.locator('.sidebar .issue-link[aria-current="page"]')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(
    page.locator('[data-col="0"] .claim-card:focus, [data-col="0"].cell:focus'),
  ).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(
    page.locator('[data-col="1"] .claim-card:focus, [data-col="1"].cell:focus'),
  ).toHaveCount(1);
  // Arrow keys move between claims of a period.
  const before = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'));
  await page.keyboard.press('ArrowDown');
  const after = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'));
  expect(after).not.toBe(before);
  await page.keyboard.press('Shift+F6');
  await expect(
    page.locator('[data-col="0"] .claim-card:focus, [data-col="0"].cell:focus'),
  ).toHaveCount(1);

  await page.keyboard.press('Control+f');
  await expect(wb.search()).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');

  await page.keyboard.press('o');
  await expect(wb.overview()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wb.overview()).toBeHidden();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Next / previous issue area');
  await expect(help).toContainText(/(Ctrl|⌘)\+Shift\+L in the note editor/);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('focus is always visible', async ({ app }) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${el.tagName}.${el.className}`;
    });
    expect(outline, 'the focused element draws an outline').toMatch(/^(solid|auto) [1-9]/);
  }
});

test('arrow keys move on from a cell with no claim, in every direction', async ({ app }) => {
  const kase = await readDefaultCase();
  const { page } = app;
  const wb = new WorkbenchPage(page);
  await wb.waitUntilOpen();
  const [left, right] = kase.defaultComparison;
  // A row whose right-hand period has no claim, while the left-hand one does.
  const issue = kase.issues.find((i) =>
    i.dimensions.some(
      (d) =>
        claimsIn(kase, i.id, d.id, right!).length === 0 &&
        claimsIn(kase, i.id, d.id, left!).length > 0,
    ),
  )!;
  const dimension = issue.dimensions.find(
    (d) =>
      claimsIn(kase, issue.id, d.id, right!).length === 0 &&
      claimsIn(kase, issue.id, d.id, left!).length > 0,
  )!;
  await wb.openIssue(issue.label);
  const row = page.locator(`.grid-row[data-dimension="${dimension.id}"]`);
  const empty = wb.claimCells(row).nth(1);
  await expect(empty).toContainText(`No claim in the source for ${periodLabel(kase, right!)}`);
  const leftCards = claimsIn(kase, issue.id, dimension.id, left!);

  // Left of the empty cell: the first card of the same row's other period.
  await empty.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(wb.card(leftCards[0]!.id)).toBeFocused();
  // And back: right of that card is the empty cell again.
  await page.keyboard.press('ArrowRight');
  await expect(empty).toBeFocused();
  // Right of the empty cell: the row's verdict.
  await page.keyboard.press('ArrowRight');
  await expect(row.locator('.verdict-select')).toBeFocused();

  // Up and down leave the empty cell too, to whatever stands above or below in its period.
  await empty.focus();
  const rowIndex = issue.dimensions.indexOf(dimension);
  const key = rowIndex === 0 ? 'ArrowDown' : 'ArrowUp';
  await page.keyboard.press(key);
  await expect(empty).not.toBeFocused();
  const focusedCol = await page.evaluate(
    () => document.activeElement?.closest<HTMLElement>('.cell[data-col]')?.dataset['col'],
  );
  expect(focusedCol).toBe(await empty.getAttribute('data-col'));
});
