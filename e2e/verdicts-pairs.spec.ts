import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

interface StoredVerdict {
  readonly issue: string;
  readonly dimension: string;
  readonly pair: { readonly from: string; readonly to: string };
  readonly verdict: string;
}

const userJson = (workspace: string) => path.join(workspace, 'cases', 'japan-trump', 'user.json');
const keyOf = (v: StoredVerdict) =>
  `${v.issue}/${v.dimension}/${v.pair.from}>${v.pair.to}:${v.verdict}`;

async function storedVerdicts(workspace: string): Promise<string[]> {
  const text = await readFile(userJson(workspace), 'utf8').catch(() => '{"verdicts": []}');
  return (JSON.parse(text) as { verdicts: StoredVerdict[] }).verdicts.map(keyOf).sort();
}

test('a verdict belongs to the pair of periods it judges, and each pair’s overview counts its own', async ({
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
  const t1t2 = wb.verdictPair(row, 'Trump 1.0 → Trump 2.0');

  // Trump 1.0 → Trump 2.0, written out on the verdict; the row has claims for Trump 2.0 only.
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Trump 2.0']);
  await expect(t1t2.locator('.verdict-direction')).toHaveText('Trump 1.0 → Trump 2.0');
  await expect(t1t2.locator('.verdict-sides')).toHaveText('only Trump 2.0 has claims');
  await wb.verdictSelect(dimension.label, 'Trump 1.0 → Trump 2.0').selectOption('intensified');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);

  // Swapped, the stored verdict is shown with its own direction, not as Trump 2.0 → Trump 1.0's.
  await wb.swapButton('Trump 1.0', 'Trump 2.0').click();
  await expect(wb.paneTitles()).toHaveText(['Trump 2.0', 'Trump 1.0']);
  const t2t1 = wb.verdictPair(row, 'Trump 2.0 → Trump 1.0');
  const swapped = wb.verdictSelect(dimension.label, 'Trump 2.0 → Trump 1.0');
  await expect(swapped).toHaveValue('');
  await expect(t2t1.locator('.verdict-reversed-note')).toHaveText(
    'Judged Trump 1.0 → Trump 2.0: Intensified',
  );
  await expect(swapped.locator('option:checked')).toHaveText('Judge Trump 2.0 → Trump 1.0');
  await expect(t2t1).toHaveAttribute('data-verdict', 'none');
  await wb.swapButton('Trump 2.0', 'Trump 1.0').click();
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Trump 2.0']);

  // Biden → Trump 2.0: the first verdict is not this pair's; it is listed with its direction.
  await wb.paneSelect(0).selectOption({ label: 'Biden' });
  await expect(wb.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  const biden = wb.verdictSelect(dimension.label, 'Biden → Trump 2.0');
  await expect(biden).toHaveValue('');
  await expect(row.locator('.verdict-other-pair')).toHaveText([
    'Trump 1.0 → Trump 2.0: Intensified',
  ]);
  await expect(wb.issueButton(burden.label)).toContainText(`0/${burden.dimensions.length}`);
  // Judged once, then changed: the history shows both, newest first.
  await biden.selectOption('softened');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
  await biden.selectOption('continuity');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
  const history = wb.verdictPair(row, 'Biden → Trump 2.0').locator('.verdict-history');
  await history.locator('summary').click();
  await expect(history.locator('li .verdict-history-kind')).toHaveText(['Continuity', 'Softened']);
  await expect
    .poll(() => storedVerdicts(workspace))
    .toEqual([
      `burden-sharing/${dimension.id}/biden>trump2:continuity`,
      `burden-sharing/${dimension.id}/trump1>trump2:intensified`,
    ]);

  // After a restart both verdicts are there, each under its own pair.
  await app.close();
  const again = await launch({ workspace });
  const wb2 = new WorkbenchPage(again.page);
  await wb2.waitUntilOpen();
  expect(await storedVerdicts(workspace)).toEqual([
    `burden-sharing/${dimension.id}/biden>trump2:continuity`,
    `burden-sharing/${dimension.id}/trump1>trump2:intensified`,
  ]);
  await wb2.openIssue(burden.label);
  await expect(wb2.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  await expect(wb2.verdictSelect(dimension.label, 'Biden → Trump 2.0')).toHaveValue('continuity');

  // The overview counts the pair on screen, and its picker shows any other pair.
  const legend = wb2.overview().locator('.verdict-legend');
  await wb2.overviewButton().click();
  await expect(wb2.overviewHeading()).toHaveText('Overview of verdicts, Biden → Trump 2.0');
  await expect(legend).toContainText('Continuity1');
  await expect(legend).toContainText('Intensified0');
  await expect(wb2.overviewCell(burden.id, dimension.id)).toHaveClass(/verdict-continuity/);
  await wb2.overviewFrom().selectOption({ label: 'Trump 1.0' });
  await expect(wb2.overviewHeading()).toHaveText('Overview of verdicts, Trump 1.0 → Trump 2.0');
  await expect(legend).toContainText('Intensified1');
  await expect(legend).toContainText('Continuity0');
  await expect(wb2.overviewCell(burden.id, dimension.id)).toHaveClass(/verdict-intensified/);
  // Picking the other side's period turns the pair round: Trump 2.0 → Trump 1.0 has none.
  await wb2.overviewFrom().selectOption({ label: 'Trump 2.0' });
  await expect(wb2.overviewHeading()).toHaveText('Overview of verdicts, Trump 2.0 → Trump 1.0');
  await expect(wb2.overviewCell(burden.id, dimension.id)).toHaveClass(/verdict-none/);
  await wb2.overviewCell(burden.id, dimension.id).click();
  await expect(wb2.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
});

test('the overview sums each issue area and the case for its pair, and each count highlights its rows', async ({
  app,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const trade = (await readDefaultCase()).issues.find((i) => i.id === 'trade')!;
  await wb.openIssue(trade.label);
  const [tariffs, investment, regional] = trade.dimensions;
  for (const [d, kind] of [
    [tariffs!, 'continuity'],
    [investment!, 'intensified'],
    [regional!, 'intensified'],
  ] as const) {
    await wb.verdictSelect(d.label).selectOption(kind);
    await expect(wb.verdictStatus(wb.row(d.label))).toHaveText(/^Saved/);
  }
  await wb.overviewButton().click();
  const caseLine = wb.overview().locator('.verdict-summary[data-issue=""]');
  const tradeLine = wb.overview().locator('.verdict-summary[data-issue="trade"]');
  await expect(caseLine).toHaveText(
    'Trump 1.0 → Trump 2.0: 1 continuity, 2 intensified, 22 not judged',
  );
  await expect(tradeLine.getByRole('button')).toHaveText([
    '1 continuity',
    '2 intensified',
    '1 not judged',
  ]);
  const lit = wb.overview().locator('.overview-cell[data-highlighted]');
  const intensifiedInTrade = tradeLine.getByRole('button', { name: /^2 intensified in Trade/ });
  await intensifiedInTrade.click();
  await expect(intensifiedInTrade).toHaveAttribute('aria-pressed', 'true');
  await expect(lit).toHaveCount(2);
  await expect(wb.overviewCell('trade', investment!.id)).toHaveAttribute('data-highlighted');
  await expect(wb.overviewCell('trade', regional!.id)).toHaveAttribute('data-highlighted');
  // The case's "not judged" lights every row without a verdict, in every issue area.
  await caseLine.getByRole('button', { name: /^22 not judged in the case/ }).click();
  await expect(intensifiedInTrade).toHaveAttribute('aria-pressed', 'false');
  await expect(lit).toHaveCount(22);
  await caseLine.getByRole('button', { name: /^22 not judged/ }).click();
  await expect(lit).toHaveCount(0);
  // Another pair has its own counts: nothing is judged for Biden → Trump 2.0.
  await wb.overviewFrom().selectOption({ label: 'Biden' });
  await expect(caseLine).toHaveText('Biden → Trump 2.0: 25 not judged');
});

test('with three panes each adjacent pair has its own verdict, labelled with its direction', async ({
  app,
  workspace,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const trade = (await readDefaultCase()).issues.find((i) => i.id === 'trade')!;
  await wb.openIssue(trade.label);
  await wb.paneSelect(1).selectOption({ label: 'Biden' });
  await wb.addPaneButton().click();
  await wb.paneSelect(2).selectOption({ label: 'Trump 2.0' });
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Biden', 'Trump 2.0']);
  const tariffs = trade.dimensions.find((d) => d.id === 'tariffs')!;
  const row = wb.row(tariffs.label);
  await expect(row.locator('.verdict-direction')).toHaveText([
    'Trump 1.0 → Biden',
    'Biden → Trump 2.0',
  ]);
  await wb.verdictSelect(tariffs.label, 'Trump 1.0 → Biden').selectOption('dropped');
  await wb.verdictSelect(tariffs.label, 'Biden → Trump 2.0').selectOption('new');
  await expect
    .poll(() => storedVerdicts(workspace))
    .toEqual(['trade/tariffs/biden>trump2:new', 'trade/tariffs/trump1>biden:dropped']);
  await expect(wb.verdictPair(row, 'Trump 1.0 → Biden')).toHaveAttribute('data-verdict', 'dropped');
  await expect(wb.verdictPair(row, 'Biden → Trump 2.0')).toHaveAttribute('data-verdict', 'new');
  // Each pair says which side has claims: tariffs has none for Biden.
  await expect(row.locator('.verdict-sides')).toHaveText([
    'only Trump 1.0 has claims',
    'only Trump 2.0 has claims',
  ]);
});

test('one-sided rows say so, their verdicts are worded for it, and a filter keeps rows with claims on both sides', async ({
  app,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const kase = await readDefaultCase();
  const trade = kase.issues.find((i) => i.id === 'trade')!;
  await wb.openIssue(trade.label);
  const tariffs = trade.dimensions.find((d) => d.id === 'tariffs')!;
  const investment = trade.dimensions.find((d) => d.id === 'investment')!;
  await expect(wb.row(tariffs.label).locator('.verdict-sides')).toHaveCount(0);
  await expect(wb.row(investment.label).locator('.verdict-sides')).toHaveText(
    'only Trump 2.0 has claims',
  );
  // The verdicts that fit come first, worded for a row with claims on the later side only.
  const fitting = wb.verdictSelect(investment.label).locator('optgroup').first();
  await expect(fitting).toHaveAttribute('label', 'Fits: only Trump 2.0 has claims');
  await expect(fitting.locator('option')).toHaveText([
    'New under Trump 2.0',
    'No counterpart in the source for Trump 1.0',
    'Unclear',
  ]);
  await expect(
    wb.verdictSelect(tariffs.label).locator('optgroup').first().locator('option'),
  ).toHaveText(['Continuity', 'Intensified', 'Softened', 'Reversed', 'Unclear']);

  await wb.filtersButton().click();
  await wb.filterPanel().getByRole('checkbox', { name: 'Rows with claims on both sides' }).check();
  await app.page.keyboard.press('Escape');
  await expect(wb.rows()).toHaveCount(1);
  await expect(wb.rows().locator('.row-title')).toHaveText([tariffs.label]);
  // Over the case, 6 of 25 rows have claims for both Trump 1.0 and Trump 2.0.
  let both = 0;
  for (const issue of kase.issues) {
    await wb.openIssue(issue.label);
    both += await wb.rows().count();
  }
  expect(both).toBe(6);
  await app.page.getByRole('button', { name: 'Show rows with claims on one side only' }).click();
  await wb.openIssue(trade.label);
  await expect(wb.rows()).toHaveCount(trade.dimensions.length);
});

test('the verdict controls and the overview’s picker and counts are reachable by keyboard and labelled', async ({
  app,
}) => {
  const { page } = app;
  const wb = new WorkbenchPage(page);
  await wb.waitUntilOpen();
  const first = (await page.locator('.row-title').first().textContent()) ?? '';
  const select = wb.verdictSelect(first, 'Trump 1.0 → Trump 2.0');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue('');
  await expect(wb.verdictStatus(page.locator('.grid-row').first())).toHaveText(/^Saved/);
  // Tab goes on to the clear button, the rationale and the history's disclosure.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    `Clear the verdict on ${first}, Trump 1.0 → Trump 2.0`,
  );
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    `Rationale for the verdict on ${first}, Trump 1.0 → Trump 2.0`,
  );
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    'History of the verdict, Trump 1.0 → Trump 2.0 (1)',
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict-history[open]')).toHaveCount(1);
  expect(await seriousViolations(page), 'verdict with its history open').toEqual([]);

  await wb.overviewButton().click();
  await wb.overviewFrom().focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Overview to period');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^1 .+ in the case: highlight/);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(page), 'overview with a count picked').toEqual([]);
});

test('a version 2 user layer opens with its verdicts, and the next change writes version 3 keeping them all', async ({
  launch,
  workspace,
}) => {
  // As Diptych's version-2 store wrote it: verdicts given on Trump 1.0 ⇄ Trump 2.0, on reversed
  // panes, on Biden ⇄ Trump 2.0 and on three panes, and an own source.
  const fixture = path.join(__dirname, '..', 'test', 'user', 'user-v2.json');
  const v2Text = await readFile(fixture, 'utf8');
  const v2 = JSON.parse(v2Text) as {
    verdicts: (Omit<StoredVerdict, 'pair'> & { comparison: string[] })[];
    sources: unknown[];
  };
  await mkdir(path.dirname(userJson(workspace)), { recursive: true });
  await copyFile(fixture, userJson(workspace));

  const app = await launch({ workspace });
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const trade = (await readDefaultCase()).issues.find((i) => i.id === 'trade')!;
  const tariffs = trade.dimensions.find((d) => d.id === 'tariffs')!;
  const investment = trade.dimensions.find((d) => d.id === 'investment')!;
  await wb.openIssue(trade.label);
  await expect(wb.verdictSelect(tariffs.label)).toHaveValue('intensified');
  await expect(wb.rationale(tariffs.label)).toHaveValue('Tariffs now reach allies.');
  // Given on swapped panes, it is Trump 2.0 → Trump 1.0's, and says so.
  await expect(wb.verdictSelect(investment.label)).toHaveValue('');
  await expect(wb.row(investment.label).locator('.verdict-reversed-note')).toHaveText(
    'Judged Trump 2.0 → Trump 1.0: Continuity',
  );
  const fromV2 = v2.verdicts.filter((v) => v.comparison.join() === 'trump1,trump2');
  await wb.overviewButton().click();
  await expect(wb.overview().locator('.overview-sub')).toContainText(
    `${fromV2.length} of 25 comparisons judged for Trump 1.0 → Trump 2.0`,
  );
  // Opening is not a change: the file is as it was.
  expect(await readFile(userJson(workspace), 'utf8')).toBe(v2Text);

  await wb.overviewCell(trade.id, investment.id).click();
  await wb.verdictSelect(investment.label).selectOption('softened');
  await expect(wb.verdictStatus(wb.row(investment.label))).toHaveText(/^Saved/);
  const expected = [
    ...v2.verdicts.map((v) =>
      keyOf({ ...v, pair: { from: v.comparison[0]!, to: v.comparison[1]! } }),
    ),
    'trade/investment/trump1>trump2:softened',
  ].sort();
  await expect.poll(() => storedVerdicts(workspace)).toEqual(expected);
  const v3 = JSON.parse(await readFile(userJson(workspace), 'utf8')) as {
    schemaVersion: number;
    sources: unknown[];
  };
  expect(v3.schemaVersion).toBe(3);
  expect(v3.sources).toEqual(v2.sources);
});
