/** The workbench screen, as a test sees it. */
import type { Locator, Page } from '@playwright/test';

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  get issueNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Issue areas' });
  }

  issueLinks(): Locator {
    return this.issueNav.getByRole('button');
  }

  pane(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  async waitUntilOpen(): Promise<void> {
    await this.issueNav.waitFor();
  }
}
