/** The charts of an issue area and their export dialogs, as a test sees them. */
import type { Locator, Page } from '@playwright/test';
import { saveFileFrom } from '../support/savedFile';
import { showIssueSidebar } from '../support/sidebar';

export interface ExportedFile {
  readonly path: string;
  readonly fileName: string;
  /** The PNG size the dialog announced for the figure, e.g. { width: 1322, height: 910 }. */
  readonly pngSize: { readonly width: number; readonly height: number };
}

export class ChartsPage {
  constructor(readonly page: Page) {}

  get strip(): Locator {
    return this.page.getByRole('region', { name: 'Charts', exact: true });
  }

  /** Opens an issue area from the sidebar and waits for its charts. */
  async openIssue(label: string): Promise<void> {
    await showIssueSidebar(this.page);
    await this.page
      .getByRole('navigation', { name: 'Issue areas' })
      .getByRole('button', { name: label })
      .click();
    await this.strip.waitFor();
  }

  charts(): Locator {
    return this.strip.getByRole('figure');
  }

  chart(title: string): Locator {
    return this.strip.getByRole('figure', { name: title, exact: true });
  }

  /** The drawn plot (the chart's SVG), once it has a size. */
  plot(title: string): Locator {
    return this.chart(title).locator('.chart-plot svg.recharts-surface');
  }

  /** The chart's one way out: the button that opens its export dialog. */
  figureButton(title: string): Locator {
    return this.chart(title).getByRole('button', { name: `Export figure: ${title}` });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Export figure: ${title}` });
  }

  /** Opens the chart's export dialog (unless open) and waits for its preview. */
  async openDialog(title: string): Promise<Locator> {
    const dialog = this.dialog(title);
    if (!(await dialog.isVisible())) await this.figureButton(title).click();
    await dialog.locator('img[data-figure-preview]').waitFor();
    return dialog;
  }

  /** The PNG size the dialog says the figure will have at the chosen resolution. */
  async announcedPngSize(title: string): Promise<{ width: number; height: number }> {
    const text = await this.dialog(title).locator('[data-figure-size]').innerText();
    const match = /PNG (\d+) × (\d+) px/.exec(text);
    if (!match) throw new Error(`no PNG size in "${text}"`);
    return { width: Number(match[1]), height: Number(match[2]) };
  }

  /** Presses one of the dialog's buttons ("Save PNG", "Save CSV"…) and returns the file. */
  async exportFile(title: string, button: string): Promise<ExportedFile> {
    const dialog = await this.openDialog(title);
    const pngSize = await this.announcedPngSize(title);
    const saved = await saveFileFrom(this.page, () =>
      dialog.getByRole('button', { name: button, exact: true }).click(),
    );
    return { ...saved, pngSize };
  }

  async closeDialog(title: string): Promise<void> {
    await this.dialog(title).getByRole('button', { name: 'Close' }).click();
    await this.dialog(title).waitFor({ state: 'hidden' });
  }

  status(title: string): Locator {
    return this.dialog(title).getByRole('status');
  }

  alert(title: string): Locator {
    return this.dialog(title).getByRole('alert');
  }
}
