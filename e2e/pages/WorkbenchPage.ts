/** The workbench screen, as a test sees it. */
import type { Locator, Page } from '@playwright/test';
import { showIssueSidebar } from '../support/sidebar';

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  get issueNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Issue areas' });
  }

  /** The issue areas' labels, one per sidebar button (the buttons also hold counts). */
  issueLinks(): Locator {
    return this.issueNav.getByRole('button').locator('.issue-label');
  }

  issueButton(label: string): Locator {
    return this.issueNav
      .getByRole('button')
      .filter({ has: this.page.locator('.issue-label', { hasText: label }) });
  }

  currentIssue(): Locator {
    return this.issueNav.locator('.issue-link[aria-current="page"] .issue-label');
  }

  async openIssue(label: string): Promise<void> {
    await showIssueSidebar(this.page);
    await this.issueButton(label).click();
    await this.page.locator(`.issue-title`, { hasText: label }).waitFor();
  }

  /** The header region of the pane showing a period. */
  pane(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** The pane headers' period labels, in pane order. */
  paneTitles(): Locator {
    return this.page.locator('.pane-head .pane-title');
  }

  paneSelect(index: number): Locator {
    return this.page.getByLabel(`Period in pane ${index + 1}`, { exact: true });
  }

  swapButton(first: string, second: string): Locator {
    return this.page.getByRole('button', { name: `Swap ${first} and ${second}` });
  }

  addPaneButton(): Locator {
    return this.page.getByRole('button', { name: 'Pane', exact: true });
  }

  removePaneButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Remove the ${label} pane` });
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** The grid's data rows (one per dimension), without the header row. */
  rows(): Locator {
    return this.grid().locator('.grid-row');
  }

  row(dimensionLabel: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name: dimensionLabel }) });
  }

  /** The claim cells of a row, in pane order (the verdict cell excluded). */
  claimCells(row: Locator): Locator {
    return row.locator('[role="gridcell"][data-col]');
  }

  cards(scope?: Locator): Locator {
    return (scope ?? this.page).locator('.claim-card');
  }

  card(claimId: string): Locator {
    return this.page.locator(`.claim-card[data-claim-id="${claimId}"]`);
  }

  /** A row's verdict for a pair ("Trump 1.0 → Trump 2.0"); without one, the first pair's. */
  verdictSelect(dimensionLabel: string, pair?: string): Locator {
    return this.labelled(`Verdict on ${dimensionLabel}`, pair);
  }

  rationale(dimensionLabel: string, pair?: string): Locator {
    return this.labelled(`Rationale for the verdict on ${dimensionLabel}`, pair);
  }

  /** The verdict of a row for one pair, as a group: direction, choice, notes and history. */
  verdictPair(row: Locator, pair: string): Locator {
    return row.getByRole('group', { name: pair, exact: true });
  }

  private labelled(label: string, pair: string | undefined): Locator {
    if (pair) return this.page.getByLabel(`${label}, ${pair}`, { exact: true });
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByLabel(new RegExp(`^${escaped}, `)).first();
  }

  verdictStatus(row: Locator): Locator {
    return row.locator('.verdict-status');
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search claims and quotes' });
  }

  searchStatus(): Locator {
    return this.page.locator('#search-status');
  }

  filtersButton(): Locator {
    return this.page.getByRole('button', { name: /^Filters/ });
  }

  filterPanel(): Locator {
    return this.page.getByRole('dialog', { name: 'Filter claims' });
  }

  overviewButton(): Locator {
    return this.page.getByRole('button', { name: 'Overview' });
  }

  overview(): Locator {
    return this.page.getByRole('region', { name: 'Overview of verdicts' });
  }

  overviewHeading(): Locator {
    return this.overview().getByRole('heading', { level: 1 });
  }

  /** The overview's pair picker: the period its verdicts compare from. */
  overviewFrom(): Locator {
    return this.page.getByLabel('Overview from period', { exact: true });
  }

  overviewCell(issueId: string, dimensionId: string): Locator {
    return this.page.locator(
      `.overview-cell[data-issue="${issueId}"][data-dimension="${dimensionId}"]`,
    );
  }

  evidenceDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Evidence' });
  }

  /** The top bar's "View" menu button (theme and density). */
  viewMenuButton(): Locator {
    return this.page.getByRole('button', { name: 'View', exact: true });
  }

  /** Picks an entry of the "View" menu, such as "Dark theme" or "Compact cards …". */
  async chooseView(item: string | RegExp): Promise<void> {
    await this.viewMenuButton().click();
    await this.page.getByRole('menuitemradio', { name: item }).click();
  }

  async chooseTheme(theme: 'system' | 'light' | 'dark'): Promise<void> {
    const label = { system: 'System', light: 'Light', dark: 'Dark' }[theme];
    await this.chooseView(`${label} theme`);
  }

  async waitUntilOpen(): Promise<void> {
    await this.issueNav.waitFor();
  }
}
