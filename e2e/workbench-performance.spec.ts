/**
 * Measures how long switching issue area takes to repaint the panes, on the default case and on a
 * synthetic case of 10,000 claims. It prints and attaches the figures (with a no-op frame as
 * baseline) and checks only that every switch is measured: timings are not pass/fail here.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateCase } from '../bench/generate-case';
import { CASES_DIR } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

interface Figures {
  readonly switches: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly baselineMs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

/** Clicks through every issue area `rounds` times and reads the marks the workbench leaves. */
async function measureSwitches(page: Page, rounds: number): Promise<Figures> {
  const wb = new WorkbenchPage(page);
  const buttons = wb.issueNav.getByRole('button');
  const count = await buttons.count();
  await page.evaluate(() => {
    performance.clearMarks('diptych/issue-switch-start');
    performance.clearMarks('diptych/panes-painted');
  });
  let switches = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 1; i <= count; i++) {
      await buttons.nth(i % count).click();
      switches += 1;
      await expect
        .poll(() =>
          page.evaluate(() => performance.getEntriesByName('diptych/panes-painted').length),
        )
        .toBe(switches);
    }
  }
  const durations = await page.evaluate(() => {
    const starts = performance.getEntriesByName('diptych/issue-switch-start');
    const ends = performance.getEntriesByName('diptych/panes-painted');
    return starts.map((s, i) => ends[i]!.startTime - s.startTime);
  });
  // The same frame-and-task wait with nothing to render: what any repaint costs at least.
  const baseline = await page.evaluate(async () => {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b)[7]!;
  });
  const sorted = [...durations].sort((a, b) => a - b);
  expect(sorted).toHaveLength(switches);
  return {
    switches,
    medianMs: quantile(sorted, 0.5),
    p90Ms: quantile(sorted, 0.9),
    baselineMs: baseline,
  };
}

function report(name: string, f: Figures): string {
  return (
    `${name}: ${f.switches} issue switches, median ${f.medianMs.toFixed(1)} ms ` +
    `(p90 ${f.p90Ms.toFixed(1)} ms); no-op frame ${f.baselineMs.toFixed(1)} ms, ` +
    `median / no-op = ${(f.medianMs / f.baselineMs).toFixed(2)}`
  );
}

test('issue switches are measured on the default case and on 10,000 claims', async ({
  launch,
  workspace,
}, testInfo) => {
  test.setTimeout(180_000);
  const cases = await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-cases-'));
  try {
    await cp(CASES_DIR, cases, { recursive: true });
    const synthetic = generateCase(10_000, 1, 'synthetic-10000');
    await mkdir(path.join(cases, synthetic.id));
    await writeFile(path.join(cases, synthetic.id, 'case.json'), JSON.stringify(synthetic));

    const app = await launch({ workspace, cases });
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    await expect(app.page.locator('.claim-card').first()).toBeVisible();
    const shipped = await measureSwitches(app.page, 3);

    await app.page.getByLabel('Case', { exact: true }).selectOption(synthetic.id);
    await expect(wb.issueLinks().first()).toHaveText(synthetic.issues[0]!.label);
    await expect(wb.issueLinks()).toHaveCount(synthetic.issues.length);
    await expect(app.page.locator('.claim-card').first()).toBeVisible();
    const large = await measureSwitches(app.page, 2);
    // Long columns are rendered as they scroll into view, not all at once.
    expect(await app.page.locator('.claim-card').count()).toBeLessThan(120);

    const lines = [report('japan-trump', shipped), report('synthetic-10000', large)];
    for (const line of lines) console.log(line);
    await testInfo.attach('issue-switch.json', {
      body: JSON.stringify({ 'japan-trump': shipped, 'synthetic-10000': large }, null, 2),
      contentType: 'application/json',
    });
  } finally {
    await rm(cases, { recursive: true, force: true });
  }
});
