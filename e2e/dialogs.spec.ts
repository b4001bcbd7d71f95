/**
 * The one dialog's rules, as the analyst meets them: Escape, the backdrop and Close close a
 * dialog at once unless it holds unsaved input, which they first offer to discard; focus stays
 * inside while it is open and goes back to what opened it.
 */
import type { Locator, Page } from '@playwright/test';
import { EvidencePage } from './pages/EvidencePage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

/** A click on the dimmed page around the dialog (its backdrop). */
async function clickBackdrop(page: Page): Promise<void> {
  await page.mouse.click(6, 6);
}

async function focusIsInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((d) => d.contains(document.activeElement));
}

test('a dialog without unsaved input closes on Escape and on the backdrop, focus returning', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  await opener.click();
  await expect(dialog).toBeVisible();
  expect(await focusIsInside(dialog)).toBe(true);
  // Tab never leaves an open dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'Tab' : 'Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focusIsInside(dialog)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await expect(dialog).toBeVisible();
  await clickBackdrop(page);
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // The claim form, opened and left as it was, closes at once too.
  const addClaim = page.getByRole('button', { name: 'Add claim', exact: true });
  const form = new EvidencePage(page).claimForm();
  await addClaim.click();
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(addClaim).toBeFocused();
});

test('a dialog holding unsaved input asks before Escape or the backdrop discards it', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  const addClaim = page.getByRole('button', { name: 'Add claim', exact: true });
  const form = new EvidencePage(page).claimForm();
  const ask = page.getByRole('alertdialog', { name: 'Discard changes?' });
  const statement = form.getByLabel('Statement');

  await addClaim.click();
  await statement.fill('Typed, not saved.');

  // Escape asks; keeping on editing keeps the text.
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(form).toBeVisible();
  await expect(statement).toHaveValue('Typed, not saved.');

  // Escape again while asking also keeps editing.
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(statement).toHaveValue('Typed, not saved.');

  // The backdrop follows the same rule; discarding closes and returns focus to the opener.
  await clickBackdrop(page);
  await expect(ask).toBeVisible();
  await expect(form).toBeVisible();
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  await expect(addClaim).toBeFocused();

  await addClaim.click();
  await expect(form.getByLabel('Statement')).toHaveValue('');
});
