/** The issue sidebar collapses by itself in a narrow window; a spec that needs it opens it first. */
import type { Page } from '@playwright/test';

export async function showIssueSidebar(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Issue areas', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
