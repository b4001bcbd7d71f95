/** The issue sidebar collapses by itself in a narrow window; a spec that needs it opens it first. */
import { expect, type Page } from '@playwright/test';

export async function showIssueSidebar(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Issue areas', exact: true });
  const nav = page.getByRole('navigation', { name: 'Issue areas' });
  // The panel's state follows the window's width, which a spec may have just changed: look again
  // until the list is shown rather than acting on one reading.
  await expect(async () => {
    if (await nav.isVisible()) return;
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(nav).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
