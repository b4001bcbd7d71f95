/** The analyst's own evidence, as a test sees it: the claim form, "Sources & data", the viewer. */
import type { Locator, Page } from '@playwright/test';
import { saveFileFrom, type SavedFile } from '../support/savedFile';

export class EvidencePage {
  constructor(readonly page: Page) {}

  claimForm(): Locator {
    return this.page.getByRole('dialog', { name: /Add a claim|Edit your claim/ });
  }

  panel(): Locator {
    return this.page.getByRole('dialog', { name: 'Sources & data' });
  }

  viewer(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: fileName });
  }

  toast(): Locator {
    return this.page.locator('.evidence-toast');
  }

  /** Opens the claim form from a row's "Add claim" (issue area and row filled in). */
  async addClaimToRow(dimensionLabel: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Add claim to ${dimensionLabel}` }).click();
    const form = this.claimForm();
    await form.waitFor();
    return form;
  }

  async fillClaim(
    form: Locator,
    values: { statement: string; quote: string; period?: string; locator?: string },
  ): Promise<void> {
    if (values.period) await form.getByLabel('Period').selectOption({ label: values.period });
    await form.getByLabel('Statement').fill(values.statement);
    await form.getByLabel('Quote (verbatim)').fill(values.quote);
    if (values.locator) await form.getByLabel('Where in the source').fill(values.locator);
  }

  async openPanel(tab: 'Sources' | 'Data' | 'Share' | 'Problems' = 'Sources'): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Sources & data' }).click();
    const panel = this.panel();
    await panel.waitFor();
    await panel.getByRole('tab', { name: tab }).click();
    return panel;
  }

  /** The card of a claim, found by its statement. */
  card(statement: string): Locator {
    return this.page.locator('.claim-card', { hasText: statement });
  }

  /** The file an export action saves (a download, or the save dialog in Electron). */
  async download(action: () => Promise<void>): Promise<SavedFile> {
    return saveFileFrom(this.page, action);
  }
}
