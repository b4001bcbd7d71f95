/**
 * Screenshots of the workbench's screens in light and dark theme, saved with the test results
 * for a person to look at. Each also checks that its screen is the one it claims to show.
 */
import { readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { shoot } from './support/screenshots';
import { expect, test } from './support/fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the workbench, the overview and the evidence (${scheme})`, async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const kase = await readDefaultCase();
    const wb = new WorkbenchPage(page);
    await wb.waitUntilOpen();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(251, 250, 247)');

    // Burden-sharing, with a few verdicts, as an analyst would have it mid-way.
    const burden = kase.issues.find((i) => i.id === 'burden-sharing')!;
    await wb.openIssue(burden.label);
    await wb.verdictSelect(burden.dimensions[0]!.label).selectOption('intensified');
    await wb.rationale(burden.dimensions[0]!.label).fill('From 2% towards 3% of GDP, then 5%.');
    await wb.verdictSelect(burden.dimensions[1]!.label).selectOption('continuity');
    await wb.rationale(burden.dimensions[1]!.label).blur();
    await expect(page.locator('.verdict-status').first()).toHaveText(/^Saved/);
    await page.locator('.compare-scroll').evaluate((e) => e.scrollTo(0, 0));
    await shoot(page, testInfo, 'workbench');

    await wb.search().fill('summit');
    await page.keyboard.press('Enter');
    await expect(page.locator('.claim-card.is-current-hit')).toBeVisible();
    await wb.addPaneButton().click();
    await expect(wb.paneTitles()).toHaveCount(3);
    await shoot(page, testInfo, 'workbench-three-panes-search');
    await wb.removePaneButton('Biden').click();
    await wb.search().fill('');

    await wb.overviewButton().click();
    await expect(wb.overview()).toBeVisible();
    await shoot(page, testInfo, 'overview');
    await wb.overviewButton().click();

    await wb.openIssue(burden.label);
    await page.locator('.claim-card').first().click();
    await expect(wb.evidenceDialog()).toBeVisible();
    await shoot(page, testInfo, 'evidence');
    await page.keyboard.press('Escape');

    await wb.filtersButton().click();
    await wb
      .filterPanel()
      .getByRole('checkbox', { name: /Expected/ })
      .check();
    await shoot(page, testInfo, 'filters');
  });
}
