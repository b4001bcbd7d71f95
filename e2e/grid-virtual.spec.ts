/**
 * A large issue area draws only the rows near the viewport, with code loaded when the first
 * such area opens; a search hit in a row far below is still scrolled to and shown.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCase } from '../bench/generate-case';
import { CASES_DIR } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

test('a search hit in the last row of a 10,000-claim issue area is scrolled to and shown', async ({
  launch,
  workspace,
}) => {
  test.setTimeout(120_000);
  const cases = await mkdtemp(path.join(os.tmpdir(), 'diptych-virtual-cases-'));
  try {
    await cp(CASES_DIR, cases, { recursive: true });
    const large = generateCase(10_000, 1, 'synthetic-10000');
    const issue = large.issues[0]!;
    const lastRow = issue.dimensions.at(-1)!;
    const shown = large.defaultComparison;
    const far = large.claims.find(
      (c) => c.issue === issue.id && c.dimension === lastRow.id && shown.includes(c.period),
    )!;
    const claims = large.claims.map((c) =>
      c.id === far.id ? { ...c, statement: `Zyzzyva pledges on tariffs. ${c.statement}` } : c,
    );
    await mkdir(path.join(cases, large.id));
    await writeFile(path.join(cases, large.id, 'case.json'), JSON.stringify({ ...large, claims }));

    const app = await launch({ workspace, cases });
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    const virtualCode = (): Promise<number> =>
      app.page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\/VirtualGridRows-[\w-]+\.js$/.test(new URL(e.name).pathname)).length,
      );
    // The shipped case's issue areas are small: their rows are all drawn, without that code.
    await expect(app.page.locator('.claim-card').first()).toBeVisible();
    expect(await virtualCode()).toBe(0);
    await app.page.getByLabel('Case', { exact: true }).selectOption(large.id);
    await expect(wb.issueLinks().first()).toHaveText(issue.label);
    await expect(app.page.locator('.claim-card').first()).toBeVisible();
    const card = app.page.locator(`[data-claim-id="${far.id}"]`);
    // Drawn as they scroll into view: the last row is not there yet.
    await expect(card).toHaveCount(0);
    expect(await app.page.locator('.claim-card').count()).toBeLessThan(120);

    await wb.search().fill('Zyzzyva');
    await app.page.keyboard.press('Enter');
    await expect(card).toBeInViewport();
    await expect(card).toContainText('Zyzzyva pledges on tariffs.');
    expect(await virtualCode()).toBe(1);
  } finally {
    await rm(cases, { recursive: true, force: true });
  }
});
