import { readDefaultCase, type CaseFile, type CaseFileClaim } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

function shown(kase: CaseFile, claim: CaseFileClaim): boolean {
  return kase.defaultComparison.includes(claim.period);
}

function matches(claim: CaseFileClaim, word: string): boolean {
  const w = word.toLowerCase();
  return (
    claim.statement.toLowerCase().includes(w) ||
    claim.evidence.selector.exact.toLowerCase().includes(w)
  );
}

test('filters by modality, actor and tag narrow the claims shown, and clear', async ({ app }) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await wb.openIssue('Trade and economic security');
  const inTrade = kase.claims.filter((c) => c.issue === 'trade' && shown(kase, c));
  await expect(wb.cards()).toHaveCount(inTrade.length);

  await wb.filtersButton().click();
  const panel = wb.filterPanel();
  await expect(panel).toBeVisible();
  await panel.getByRole('checkbox', { name: /Expected/ }).check();
  const expected = inTrade.filter((c) => c.modality === 'expectation');
  await expect(wb.cards()).toHaveCount(expected.length);
  await expect(app.page.locator('.claim-card:not(.mod-expectation)')).toHaveCount(0);
  await expect(wb.filtersButton()).toHaveAccessibleName('Filters (1 active)');
  // The sidebar counts what the filters let through.
  const expectedInBurden = kase.claims.filter(
    (c) => c.issue === 'burden-sharing' && c.modality === 'expectation',
  );
  const burdenCounts = kase.defaultComparison
    .map((p) => expectedInBurden.filter((c) => c.period === p).length)
    .join('|');
  await expect(wb.issueButton('Burden-sharing').locator('.issue-counts')).toHaveText(burdenCounts);

  await panel.getByRole('checkbox', { name: /Expected/ }).uncheck();
  const actor = 'Nippon Steel';
  await panel.getByRole('checkbox', { name: new RegExp(`^${actor}`) }).check();
  await app.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  const withActor = inTrade.filter((c) => c.actors.includes(actor));
  expect(withActor.length).toBeGreaterThan(0);
  await expect(wb.cards()).toHaveCount(withActor.length);
  for (const card of await wb.cards().all()) await expect(card).toContainText(actor);

  const bar = app.page.getByRole('region', { name: 'Active filters' });
  await expect(bar.getByRole('button', { name: `Remove filter ${actor}` })).toBeVisible();
  await expect(bar).toContainText(
    `${kase.claims.filter((c) => shown(kase, c) && !c.actors.includes(actor)).length} claims hidden`,
  );
  // An empty cell says why it is empty.
  await expect(app.page.locator('.cell-empty').first()).toContainText('matches the filters');

  await wb.filtersButton().click();
  await panel.getByRole('searchbox', { name: 'Find an actor or tag' }).fill('nippon');
  await panel.getByRole('checkbox', { name: '#nippon-steel' }).check();
  await app.page.keyboard.press('Escape');
  const both = withActor.filter((c) => c.tags?.includes('nippon-steel'));
  await expect(wb.cards()).toHaveCount(both.length);

  await bar.getByRole('button', { name: 'Clear all' }).click();
  await expect(bar).toBeHidden();
  await expect(wb.cards()).toHaveCount(inTrade.length);
});

test('search highlights hits and steps through them across issue areas', async ({ app }) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  // A word found in more than one issue area, so stepping through it switches issue.
  const hitsOf = (w: string) => kase.claims.filter((c) => shown(kase, c) && matches(c, w));
  const issuesOf = (w: string) => [...new Set(hitsOf(w).map((c) => c.issue))];
  const word = ['steel', 'china', 'summit', 'alliance'].find((w) => issuesOf(w).length > 1)!;
  expect(word).toBeDefined();
  const hits = hitsOf(word);
  const issuesHit = issuesOf(word);

  await app.page.keyboard.press('Control+f');
  await expect(wb.search()).toBeFocused();
  await app.page.keyboard.type(word);
  await expect(wb.searchStatus()).toHaveText(`${hits.length} matches`);
  await expect(app.page.locator('.claim-card mark').first()).toBeVisible();
  const marks = await app.page.locator('.claim-card mark').allTextContents();
  for (const m of marks) expect(m.toLowerCase()).toBe(word);

  // Hits are visited in issue order; the first jump switches to the first issue with a hit.
  const order = kase.issues.map((i) => i.id);
  const firstIssue = order.find((id) => issuesHit.includes(id))!;
  await app.page.keyboard.press('Enter');
  await expect(wb.searchStatus()).toHaveText(`1 of ${hits.length}`);
  await expect(wb.currentIssue()).toHaveText(kase.issues.find((i) => i.id === firstIssue)!.label);
  const current = app.page.locator('.claim-card.is-current-hit');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();

  const visited = new Set<string>();
  for (let i = 0; i < hits.length; i++) {
    visited.add((await wb.currentIssue().textContent()) ?? '');
    await app.page.keyboard.press('Enter');
  }
  expect(visited.size).toBe(issuesHit.length);
  await expect(wb.searchStatus()).toHaveText(`1 of ${hits.length}`);
  await app.page.keyboard.press('Shift+Enter');
  await expect(wb.searchStatus()).toHaveText(`${hits.length} of ${hits.length}`);
  const lastIssue = [...order].reverse().find((id) => issuesHit.includes(id))!;
  await expect(wb.currentIssue()).toHaveText(kase.issues.find((i) => i.id === lastIssue)!.label);

  // "Only matches" narrows the grid to the hits.
  await app.page.getByRole('button', { name: 'Only matches' }).click();
  await expect(wb.cards()).toHaveCount(hits.filter((c) => c.issue === lastIssue).length);

  // Escape in the box clears the search.
  await wb.search().focus();
  await app.page.keyboard.press('Escape');
  await expect(wb.search()).toHaveValue('');
  await expect(app.page.locator('.claim-card mark')).toHaveCount(0);
  await expect(wb.cards()).toHaveCount(
    kase.claims.filter((c) => c.issue === lastIssue && shown(kase, c)).length,
  );
});

test('search ignores case and accents', async ({ app }) => {
  const kase = await readDefaultCase();
  const accented = kase.claims.find(
    (c) => shown(kase, c) && /ō/.test(c.statement + c.evidence.selector.exact),
  );
  test.skip(!accented, 'the case has no accented word to search for');
  const word = /(\p{L}*ō\p{L}*)/u.exec(
    accented!.statement + ' ' + accented!.evidence.selector.exact,
  )![1]!;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await wb.search().fill(plain);
  await expect(wb.searchStatus()).not.toHaveText('No matches');
  await app.page.keyboard.press('Enter');
  await expect(app.page.locator('.claim-card.is-current-hit mark').first()).toHaveText(word);
});
