/** The figure export dialog, as a test sees it. */
import type { Locator, Page } from '@playwright/test';
import { saveFileFrom, type SavedFile } from '../support/savedFile';

export class ComparisonFiguresPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.locator('dialog.comparison-figure-dialog');
  }

  async openForIssue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export this comparison…' }).click();
    await this.preview().waitFor();
  }

  async openForOverview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export figure' }).click();
    await this.preview().waitFor();
  }

  preview(): Locator {
    return this.dialog().getByTestId('comparison-figure-preview');
  }

  async chooseFormat(label: string | RegExp): Promise<void> {
    await this.dialog().getByRole('radio', { name: label }).check();
  }

  row(label: string): Locator {
    return this.dialog().getByRole('checkbox', { name: label, exact: true });
  }

  async exportOne(): Promise<SavedFile> {
    return saveFileFrom(this.page, () =>
      this.dialog()
        .getByRole('button', { name: /^Export/ })
        .click(),
    );
  }
}
