import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { claimsIn, periodLabel, readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { allowClipboardReading, clipboardText } from './support/clipboard';
import { expect, test } from './support/fixtures';

test('every issue area shows its claims in aligned rows, one cell per period', async ({ app }) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const panes = kase.defaultComparison;
  await expect(wb.paneTitles()).toHaveText(panes.map((p) => periodLabel(kase, p)));
  for (const issue of kase.issues) {
    await wb.openIssue(issue.label);
    await expect(wb.rows()).toHaveCount(issue.dimensions.length);
    for (const dimension of issue.dimensions) {
      const row = app.page.locator(`.grid-row[data-dimension="${dimension.id}"]`);
      await expect(row.getByRole('rowheader')).toContainText(dimension.label);
      const cells = wb.claimCells(row);
      await expect(cells).toHaveCount(panes.length);
      for (const [i, period] of panes.entries()) {
        const expected = claimsIn(kase, issue.id, dimension.id, period);
        const cell = cells.nth(i);
        await expect(wb.cards(cell), `${issue.id}/${dimension.id}/${period}`).toHaveCount(
          expected.length,
        );
        if (expected.length === 0) {
          await expect(cell).toContainText(
            `No claim in the source for ${periodLabel(kase, period)}`,
          );
        } else {
          await expect(wb.cards(cell).first()).toHaveAttribute('data-claim-id', expected[0]!.id);
        }
      }
      // The cells of a row stand level: same top, whatever their heights.
      await row.scrollIntoViewIfNeeded();
      const boxes = await row
        .locator('[role="gridcell"]')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(boxes).toHaveLength(panes.length + 1);
      for (const top of boxes) expect(Math.abs(top - boxes[0]!)).toBeLessThan(1);
    }
  }
});

test('a claim card shows its modality, quote and short citation', async ({ app }) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const claim = kase.claims.find(
    (c) => c.issue === kase.issues[0]!.id && kase.defaultComparison.includes(c.period),
  )!;
  await wb.openIssue(kase.issues.find((i) => i.id === claim.issue)!.label);
  const card = wb.card(claim.id);
  await expect(card).toContainText(claim.statement);
  await expect(card).toContainText(claim.evidence.selector.exact);
  await expect(card.locator('cite')).toHaveText('Hughes, RSIS Commentary');
  const label = {
    fact: 'Fact',
    statement: 'Statement',
    expectation: 'Expected',
    assessment: 'Assessment',
  };
  await expect(card.locator('.modality-badge')).toHaveText(
    label[claim.modality as keyof typeof label],
  );
  // A fact and an expectation do not look alike.
  const styleOf = (modality: string) =>
    app.page
      .locator(`.claim-card.mod-${modality}`)
      .first()
      .evaluate((e) => {
        const s = getComputedStyle(e);
        return `${s.borderLeftStyle} ${s.borderLeftColor} ${getComputedStyle(e.querySelector('.claim-statement')!).fontStyle}`;
      });
  await wb.openIssue('Trade and economic security');
  expect(await styleOf('fact')).not.toBe(await styleOf('expectation'));
});

test('panes: Biden as a third pane or instead of one, swapped, removed, remembered', async ({
  app,
  launch,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const trade = kase.issues.find((i) => i.id === 'trade')!;
  await wb.openIssue(trade.label);

  await wb.addPaneButton().click();
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Biden', 'Trump 2.0']);
  await expect(wb.pane('Biden')).toBeVisible();
  const bidenClaims = kase.claims.filter((c) => c.issue === 'trade' && c.period === 'biden');
  expect(bidenClaims.length).toBeGreaterThan(0);
  await expect(wb.cards(app.page.locator('[role="gridcell"][data-col="1"]'))).toHaveCount(
    bidenClaims.length,
  );
  await expect(app.page.getByRole('columnheader', { name: 'Biden' })).toHaveCount(1);

  await wb.removePaneButton('Biden').click();
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Trump 2.0']);

  await wb.paneSelect(0).selectOption({ label: 'Biden' });
  await expect(wb.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  await expect(wb.cards(app.page.locator('[role="gridcell"][data-col="0"]'))).toHaveCount(
    bidenClaims.length,
  );

  await wb.swapButton('Biden', 'Trump 2.0').click();
  await expect(wb.paneTitles()).toHaveText(['Trump 2.0', 'Biden']);
  const trump2 = kase.claims.filter((c) => c.issue === 'trade' && c.period === 'trump2');
  await expect(wb.cards(app.page.locator('[role="gridcell"][data-col="0"]'))).toHaveCount(
    trump2.length,
  );
  // Choosing a period another pane shows makes the two trade places.
  await wb.paneSelect(1).selectOption({ label: 'Trump 2.0' });
  await expect(wb.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);

  // The layout is the workspace's: it is there after a restart.
  await expect
    .poll(async () => readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => ''))
    .toContain('"biden"');
  await app.close();
  const again = await launch({ workspace });
  const wb2 = new WorkbenchPage(again.page);
  await wb2.waitUntilOpen();
  await expect(wb2.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  await expect(wb2.currentIssue()).toHaveText(trade.label);
});

test('resizing panes by keyboard keeps the rows aligned and is remembered', async ({
  app,
  launch,
  workspace,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const separator = app.page.getByRole('separator', { name: 'Resize Trump 1.0 and Trump 2.0' });
  const before = await wb.pane('Trump 1.0').boundingBox();
  await separator.focus();
  for (let i = 0; i < 4; i++) await app.page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await wb.pane('Trump 1.0').boundingBox())!.width)
    .toBeGreaterThan(before!.width + 20);
  const head = (await wb.pane('Trump 1.0').boundingBox())!;
  const cell = (await app.page
    .locator('.grid-row')
    .first()
    .locator('[data-col="0"]')
    .boundingBox())!;
  expect(Math.abs(head.x - cell.x)).toBeLessThan(2);
  expect(Math.abs(head.width - cell.width)).toBeLessThan(2);
  const second = (await wb.pane('Trump 2.0').boundingBox())!;
  const cell2 = (await app.page
    .locator('.grid-row')
    .first()
    .locator('[data-col="1"]')
    .boundingBox())!;
  expect(Math.abs(second.x - cell2.x)).toBeLessThan(2);

  await expect
    .poll(async () => readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => ''))
    .toContain('paneSizes');
  await app.close();
  const again = await launch({ workspace });
  const wb2 = new WorkbenchPage(again.page);
  await wb2.waitUntilOpen();
  const restored = (await wb2.pane('Trump 1.0').boundingBox())!;
  expect(Math.abs(restored.width - head.width)).toBeLessThan(3);
});

test('a verdict is saved to user.json, survives a restart and shows in the overview', async ({
  app,
  launch,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const burden = kase.issues.find((i) => i.id === 'burden-sharing')!;
  const dimension = burden.dimensions[0]!;
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await wb.openIssue(burden.label);
  const row = app.page.locator(`.grid-row[data-dimension="${dimension.id}"]`);
  await wb.verdictSelect(dimension.label).selectOption('intensified');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
  await wb.rationale(dimension.label).fill('Demands rose from 2% towards 3% of GDP.');
  await wb.rationale(dimension.label).blur();
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
  await expect(wb.issueButton(burden.label)).toContainText(`1/${burden.dimensions.length}`);

  const file = path.join(workspace, 'cases', 'japan-trump', 'user.json');
  await expect
    .poll(async () =>
      readFile(file, 'utf8')
        .then((text) => JSON.parse(text).verdicts)
        .catch(() => 'no file yet'),
    )
    .toEqual([
      expect.objectContaining({
        issue: burden.id,
        dimension: dimension.id,
        verdict: 'intensified',
        rationale: 'Demands rose from 2% towards 3% of GDP.',
        pair: { from: 'trump1', to: 'trump2' },
      }),
    ]);

  await app.close();
  const again = await launch({ workspace });
  const wb2 = new WorkbenchPage(again.page);
  await wb2.waitUntilOpen();
  await wb2.openIssue(burden.label);
  await expect(wb2.verdictSelect(dimension.label)).toHaveValue('intensified');
  await expect(wb2.rationale(dimension.label)).toHaveValue(
    'Demands rose from 2% towards 3% of GDP.',
  );

  // The overview reflects it, and a click on its cell comes back to that row.
  await wb2.overviewButton().click();
  await expect(wb2.overview()).toBeVisible();
  // The product's word for a compared line is "row", in the overview as in the grid.
  await expect(wb2.overview().getByRole('columnheader', { name: 'Rows' })).toBeVisible();
  await expect(wb2.overview()).not.toContainText(/dimension/i);
  await expect(wb2.overview().locator('.verdict-legend')).toContainText('Intensified1');
  const cell = wb2.overviewCell(burden.id, dimension.id);
  await expect(cell).toContainText('Intensified');
  await expect(cell).toHaveClass(/verdict-intensified/);
  await expect(wb2.overviewCell(burden.id, burden.dimensions[1]!.id)).toContainText('Not judged');
  await wb2.overviewCell('north-korea', 'pressure-policy').click();
  await expect(wb2.overview()).toBeHidden();
  await expect(wb2.currentIssue()).toHaveText('North Korea');
  await expect(again.page.locator('[data-row-head="pressure-policy"]')).toBeFocused();

  // Clearing removes it from the file.
  await wb2.openIssue(burden.label);
  await wb2.verdictSelect(dimension.label).selectOption('');
  await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).verdicts).toEqual([]);
  await expect(wb2.rationale(dimension.label)).toBeDisabled();
});

test('the evidence dialog shows the quote in context, the full citation, and copies it', async ({
  app,
}) => {
  const kase = await readDefaultCase();
  const claim = kase.claims.find(
    (c) =>
      c.evidence.selector.prefix &&
      c.evidence.selector.suffix &&
      c.evidence.locator &&
      c.period === 'trump1',
  )!;
  const issue = kase.issues.find((i) => i.id === claim.issue)!;
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await allowClipboardReading(app.page, app.origin);
  await wb.openIssue(issue.label);
  await wb.card(claim.id).click();
  const dialog = wb.evidenceDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark.quote-exact')).toHaveText(claim.evidence.selector.exact);
  await expect(dialog.locator('blockquote')).toContainText(claim.evidence.selector.prefix!.trim());
  await expect(dialog.locator('blockquote')).toContainText(claim.evidence.selector.suffix!.trim());
  await expect(dialog).toContainText(claim.evidence.locator!);
  const citation = dialog.locator('.evidence-citation');
  await expect(citation).toContainText('Hughes, Christopher W.');
  await expect(citation).toContainText('RSIS Commentary');
  // Chicago author-date (the default style), with the date as the record gives it.
  await expect(citation).toContainText(
    'Hughes, Christopher W. n.d.; in or after March 2025, inferred.',
  );
  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Citation copied to the clipboard.');
  const copied = await clipboardText(app.page);
  expect(copied).toBe(await citation.textContent());
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(wb.card(claim.id)).toBeFocused();
});

test('switching issue area keeps the frame still and starts at the top', async ({ app }) => {
  const kase = await readDefaultCase();
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const frame = async () =>
    Promise.all(
      ['.toolbar', '.sidebar-column', '.pane-bar', '.issue-header'].map(async (s) =>
        JSON.stringify(await app.page.locator(s).boundingBox()),
      ),
    );
  const longest = [...kase.issues].sort(
    (a, b) =>
      kase.claims.filter((c) => c.issue === b.id).length -
      kase.claims.filter((c) => c.issue === a.id).length,
  )[0]!;
  await wb.openIssue(longest.label);
  const before = await frame();
  const scroller = app.page.locator('.compare-scroll');
  await scroller.evaluate((e) => e.scrollTo(0, 400));
  expect(await scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  for (const issue of kase.issues) {
    await wb.openIssue(issue.label);
    expect(await frame()).toEqual(before);
    expect(await scroller.evaluate((e) => e.scrollTop)).toBe(0);
  }
  // The page itself never scrolls: only the comparison does.
  expect(await app.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
});
