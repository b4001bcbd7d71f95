/** The charts of an issue area and their export menus, as a test sees them. */
import type { Locator, Page } from '@playwright/test';
import { saveFileFrom } from '../support/savedFile';

export interface ExportedFile {
  readonly path: string;
  readonly fileName: string;
  /** The menu item's text, e.g. "PNG 2× 1700 × 1052 px". */
  readonly itemText: string;
}

export class ChartsPage {
  constructor(readonly page: Page) {}

  get strip(): Locator {
    return this.page.getByRole('region', { name: 'Charts', exact: true });
  }

  /** Opens an issue area from the sidebar and waits for its charts. */
  async openIssue(label: string): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Issue areas' });
    // A narrow window collapses the issue areas; the analyst shows them from the header.
    if (!(await nav.isVisible())) {
      await this.page.getByRole('banner').getByRole('button', { name: 'Issue areas' }).click();
    }
    await nav.getByRole('button', { name: label }).click();
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

  exportButton(title: string): Locator {
    return this.chart(title).getByRole('button', { name: `Export chart: ${title}` });
  }

  menu(title: string): Locator {
    return this.page.getByRole('menu', { name: `Export ${title}` });
  }

  async openExportMenu(title: string): Promise<Locator> {
    await this.exportButton(title).click();
    const menu = this.menu(title);
    await menu.waitFor();
    return menu;
  }

  /** Chooses a menu item (by the start of its text) and returns the file it downloads. */
  async exportFile(title: string, item: string | RegExp): Promise<ExportedFile> {
    const menu = await this.openExportMenu(title);
    const entry = menu.getByRole('menuitem', { name: item });
    const itemText = (await entry.innerText()).replace(/\s+/g, ' ').trim();
    const saved = await saveFileFrom(this.page, () => entry.click());
    return { ...saved, itemText };
  }

  status(title: string): Locator {
    return this.chart(title).getByRole('status');
  }

  alert(title: string): Locator {
    return this.chart(title).getByRole('alert');
  }
}
