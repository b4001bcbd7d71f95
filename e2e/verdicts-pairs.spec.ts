import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
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

  // Trump 1.0 → Trump 2.0.
  await expect(wb.paneTitles()).toHaveText(['Trump 1.0', 'Trump 2.0']);
  await wb.verdictSelect(dimension.label).selectOption('intensified');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);

  // Biden → Trump 2.0: the first verdict is not this pair's; it is listed with its direction.
  await wb.paneSelect(0).selectOption({ label: 'Biden' });
  await expect(wb.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  await expect(wb.verdictSelect(dimension.label)).toHaveValue('');
  await expect(row.locator('.verdict-other-pair')).toHaveText([
    'Trump 1.0 → Trump 2.0: Intensified',
  ]);
  await expect(wb.issueButton(burden.label)).toContainText(`0/${burden.dimensions.length}`);
  await wb.verdictSelect(dimension.label).selectOption('continuity');
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
  await expect
    .poll(() => storedVerdicts(workspace))
    .toEqual([
      `burden-sharing/${dimension.id}/biden>trump2:continuity`,
      `burden-sharing/${dimension.id}/trump1>trump2:intensified`,
    ]);

  // Swapped panes read the other way: Trump 2.0 → Biden has no verdict of its own.
  await wb.swapButton('Biden', 'Trump 2.0').click();
  await expect(wb.paneTitles()).toHaveText(['Trump 2.0', 'Biden']);
  await expect(wb.verdictSelect(dimension.label)).toHaveValue('');
  await expect(row.locator('.verdict-other-pair')).toContainText([
    'Trump 1.0 → Trump 2.0: Intensified',
    'Biden → Trump 2.0: Continuity',
  ]);
  await wb.swapButton('Trump 2.0', 'Biden').click();
  await expect(wb.paneTitles()).toHaveText(['Biden', 'Trump 2.0']);
  await expect
    .poll(async () => readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => ''))
    .toMatch(/"biden",\s*"trump2"/);

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
  await expect(wb2.verdictSelect(dimension.label)).toHaveValue('continuity');

  const legend = wb2.overview().locator('.verdict-legend');
  await wb2.overviewButton().click();
  await expect(wb2.overview()).toContainText('Biden → Trump 2.0');
  await expect(legend).toContainText('Continuity1');
  await expect(legend).toContainText('Intensified0');
  await expect(wb2.overviewCell(burden.id, dimension.id)).toHaveClass(/verdict-continuity/);
  await wb2.overviewCell(burden.id, dimension.id).click();

  await wb2.paneSelect(0).selectOption({ label: 'Trump 1.0' });
  await expect(wb2.verdictSelect(dimension.label)).toHaveValue('intensified');
  await wb2.overviewButton().click();
  await expect(wb2.overview()).toContainText('Trump 1.0 → Trump 2.0');
  await expect(legend).toContainText('Intensified1');
  await expect(legend).toContainText('Continuity0');
  await expect(wb2.overviewCell(burden.id, dimension.id)).toHaveClass(/verdict-intensified/);
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
  await expect(wb.row(investment.label).locator('.verdict-other-pair')).toHaveText([
    'Trump 2.0 → Trump 1.0: Continuity',
  ]);
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
