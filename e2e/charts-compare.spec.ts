/**
 * Charts that compare honestly, on the shipped case: each names only the periods it has figures
 * for and marks the compared period without one, no line joins figures the source leaves
 * unconnected, caveats and derivations are on the face of the chart and in its SVG, and the
 * analyst's own series imported by CSV is drawn in the chart of the 2% and 3% targets.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChartsPage } from './pages/ChartsPage';
import { EvidencePage } from './pages/EvidencePage';
import { expect, test } from './support/fixtures';

const BURDEN = 'Burden-sharing';
const SUPPORT = "Japan's host-nation support commitments";
const PURCHASES = "Japan's purchases of US defence equipment";
const TARGETS = 'Defence-spending target (share of GDP)';

test('a chart names only the periods it has figures for and marks the one without', async ({
  app,
}) => {
  const charts = new ChartsPage(app.page);
  await charts.openIssue(BURDEN);
  await expect(charts.strip.getByText('3 charts', { exact: true })).toBeVisible();

  for (const title of [SUPPORT, PURCHASES]) {
    const chart = charts.chart(title);
    const subtitle = chart.locator('.chart-subtitle');
    await expect(subtitle).toHaveText(/^Trump 1\.0 \(2017–2021\) · /);
    await expect(subtitle).not.toContainText('Trump 2.0');
    await expect(chart.locator('.chart-legend')).toContainText(
      'Trump 2.0: no figure in the sources',
    );
    // The empty slot or band, in words broken over lines to fit it.
    const slot = charts.plot(title).locator('.chart-no-figure');
    await expect(slot).toHaveCount(1);
    expect((await slot.locator('tspan').allTextContents()).join(' ')).toMatch(
      /no figure in the sources$/,
    );
  }
  // The 2009 baseline and the 2019 figure stand apart: the source says nothing of the years between.
  const purchases = charts.plot(PURCHASES);
  await expect(purchases.locator('.chart-mark')).toHaveCount(2);
  await expect(purchases.locator('.chart-series-lines polyline')).toHaveCount(0);
  await expect(charts.chart(PURCHASES).locator('.chart-legend')).toContainText(
    'Outside the periods',
  );
  const caption = charts
    .plot(SUPPORT)
    .locator('[data-point="host-nation-support-implied-level"] tspan');
  await expect(caption.first()).toBeVisible();
  expect((await caption.allTextContents()).join(' ')).toContain(
    "implied by the source's 'tripling'",
  );
  await expect(charts.chart(TARGETS).locator('.chart-notes')).toContainText(
    "Hegseth's 3% or more was said of allies in general; Colby's at least 3% was said of Japan.",
  );

  const file = await charts.exportFile(SUPPORT, 'Save SVG');
  const svg = await readFile(file.path, 'utf8');
  expect(svg).toMatch(/no figure/);
  expect(svg).toContain('implied by the');
  expect(svg).toContain('not stated by the source; it is implied by');
  expect(svg).not.toContain('.6666');
});

test('an own series imported by CSV is drawn in the chart of the 2% and 3% targets', async ({
  app,
  workspace,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-own-series-'));
  try {
    const csv = path.join(dir, 'spending.csv');
    await writeFile(
      csv,
      'date,value,unit,quote\n2019,0.94,%,Own figure for 2019\n2023,1.19,%,Own figure for 2023\n',
    );
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Data');
    await panel.getByLabel('Into measure').selectOption({ label: 'A new measure…' });
    await panel.getByLabel('Measure name').fill("Japan's defence spending, actual");
    await panel.getByLabel('Issue area', { exact: true }).selectOption({ label: BURDEN });
    await panel.getByLabel('Row').selectOption({ label: 'Defence-spending target and build-up' });
    await panel.getByLabel('Unit').selectOption({ label: 'Percent of GDP' });
    await panel.getByLabel('Choose a CSV file').setInputFiles(csv);
    await panel.getByLabel('Source of rows without one').selectOption({ index: 1 });
    await panel.getByRole('button', { name: 'Import 2 points' }).click();
    await expect(panel.getByText(/2 points imported from “spending.csv”/)).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();

    const layer = JSON.parse(
      await readFile(path.join(workspace, 'cases', 'japan-trump', 'user.json'), 'utf8'),
    ) as { measures: { label: string; issue: string; dimension?: string }[] };
    expect(layer.measures).toContainEqual(
      expect.objectContaining({
        label: "Japan's defence spending, actual",
        issue: 'burden-sharing',
        dimension: 'defence-spending',
      }),
    );

    const charts = new ChartsPage(app.page);
    await charts.openIssue(BURDEN);
    await expect(charts.chart("Japan's defence spending, actual")).toBeVisible();
    const targets = charts.chart(TARGETS);
    await expect(charts.plot(TARGETS).locator('.chart-mark')).toHaveCount(3);
    await targets
      .getByLabel(`Add a series to ${TARGETS}`)
      .selectOption({ label: "Japan's defence spending, actual" });
    const plot = charts.plot(TARGETS);
    await expect(plot.locator('.chart-mark')).toHaveCount(5);
    await expect(plot).toContainText('0.94%');
    await expect(plot).toContainText('≥ 3%');
    await expect(plot).toContainText('2%');
    await expect(targets.locator('.chart-notes')).toContainText(
      "Drawn with: Japan's defence spending, actual.",
    );
    await targets.getByRole('button', { name: /^Remove Japan's defence spending/ }).click();
    await expect(plot.locator('.chart-mark')).toHaveCount(3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
