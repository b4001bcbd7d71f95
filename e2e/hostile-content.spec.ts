/**
 * The hostile payloads of test/notes/hostileNote.txt, sent through every other way text enters
 * the app: an own claim, a source typed by hand, a CSL-JSON import, a CSV cell, an attached
 * `.html` document, and a bundle carrying all of them to a fresh workspace. Whatever shows them
 * runs nothing (the marker `__pwned` stays unset), loads nothing and breaks no CSP rule (the
 * fixtures fail the test on any console error or CSP violation).
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readDefaultCase, type CaseFile } from './pages/caseFile';
import { EvidencePage } from './pages/EvidencePage';
import { ROOT } from './support/host';
import { expect, test } from './support/fixtures';

/** The note's payload lines, as one line short enough for any field (titles take 1,000). */
async function payload(): Promise<{ line: string; all: string }> {
  const all = await readFile(path.join(ROOT, 'test/notes/hostileNote.txt'), 'utf8');
  const lines = all.split('\n').filter((l) => /__pwned|127\.0\.0\.1/.test(l));
  let line = '';
  for (const next of lines) if (line.length + next.length < 480) line += `${next} `;
  return { line: line.trim(), all };
}

/** Nothing ran, and nothing in the page could run or load something. */
async function expectInert(page: Page, where: string): Promise<void> {
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    where,
  ).toBeUndefined();
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.flatMap((e) =>
        e
          .getAttributeNames()
          .filter((a) => a.startsWith('on'))
          .map((a) => `${e.tagName}.${a}`),
      ),
      active: [
        ...document.querySelectorAll('iframe, object, embed, frame, base, form[action]'),
      ].map((e) => e.tagName),
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      remote: [...document.querySelectorAll('[src], [srcset], [href]')]
        .map(
          (e) => e.getAttribute('src') ?? e.getAttribute('srcset') ?? e.getAttribute('href') ?? '',
        )
        .filter((u) => /^(javascript|data|vbscript):|127\.0\.0\.1:9/i.test(u.trim())),
    };
  });
  expect(found, where).toEqual({ handlers: [], active: [], inlineScripts: 0, remote: [] });
}

test('hostile text in claims, sources, CSV, an HTML document and a bundle runs nothing', async ({
  launch,
  workspace,
}) => {
  // Six ways in, each checked, then a second workspace for the bundle: a long walk.
  test.slow();
  const kase = (await readDefaultCase()) as CaseFile & {
    readonly sources: readonly { readonly title: string }[];
    readonly measures: readonly {
      readonly label: string;
      readonly unit: { readonly kind: string; readonly currency?: string };
    }[];
  };
  const issue = kase.issues[0]!;
  const source = kase.sources[0]!;
  const { line, all } = await payload();
  expect(line.match(/__pwned/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-hostile-'));
  const other = await mkdtemp(path.join(os.tmpdir(), 'diptych-hostile-other-'));
  try {
    const app = await launch({ workspace });
    const ev = new EvidencePage(app.page);

    // An own claim: the payload as statement and quote.
    const form = await ev.addClaimToRow(issue.dimensions[0]!.label);
    await ev.fillClaim(form, {
      statement: `Hostile claim ${line}`,
      quote: `Hostile quote ${line}`,
    });
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect(form).toBeHidden();
    await expect(ev.card('Hostile claim')).toBeVisible();
    await ev.card('Hostile claim').click();
    await expectInert(app.page, 'own claim');
    await app.page.keyboard.press('Escape');

    // A source typed by hand.
    let panel = await ev.openPanel('Sources');
    await panel.getByLabel('Title').fill(`Hostile source ${line}`);
    await panel.getByLabel('Publisher').fill(`Hostile press ${line.slice(0, 400)}`);
    await panel.getByRole('button', { name: 'Add source' }).click();
    await expect(panel.getByText('Hostile source', { exact: false }).first()).toBeVisible();
    await expectInert(app.page, 'source by hand');

    // A CSL-JSON import.
    const csl = path.join(dir, 'hostile.json');
    await writeFile(
      csl,
      JSON.stringify([{ id: 'hostile-csl', type: 'report', title: `Hostile CSL ${line}` }]),
    );
    await panel.getByLabel('Choose a bibliography file').setInputFiles(csl);
    await expect(panel.getByRole('group', { name: 'Preview of hostile.json' })).toBeVisible();
    await expectInert(app.page, 'CSL-JSON preview');
    await panel.getByRole('button', { name: 'Import 1 source' }).click();
    await expect(panel.getByText('Hostile CSL', { exact: false }).first()).toBeVisible();
    await expectInert(app.page, 'CSL-JSON import');

    // An attached HTML document: the whole hostile note as its body.
    const html = path.join(dir, 'hostile.html');
    await writeFile(html, `<!doctype html><html><body><h1>Hostile page</h1>${all}</body></html>`);
    await panel.getByLabel(`Attach document to ${source.title}`).setInputFiles(html);
    const viewer = ev.viewer('hostile.html');
    await expect(viewer).toContainText('Hostile page');
    await expectInert(app.page, 'HTML document');
    await viewer.getByRole('button', { name: 'Close' }).click();

    // A CSV cell, seen in the import preview and imported as a point.
    const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
    if (measure.unit.kind !== 'money') throw new Error('The case has no money measure');
    const csv = path.join(dir, 'hostile.csv');
    const cell = `"Hostile cell ${line.replaceAll('"', '""')}"`;
    await writeFile(
      csv,
      `date,value,unit,quote\n2022,1.5,${measure.unit.currency} billion,${cell}\n`,
    );
    await panel.getByRole('tab', { name: 'Data' }).click();
    await panel.getByLabel('Into measure').selectOption({ label: measure.label });
    await panel.getByLabel('Choose a CSV file').setInputFiles(csv);
    // No source is assumed for rows without one: the analyst names it.
    await panel.getByLabel('Source of rows without one').selectOption(kase.sources[0]!.id);
    await expect(panel.getByText('becomes a point', { exact: false })).toBeVisible();
    await expectInert(app.page, 'CSV preview');
    await panel.getByRole('button', { name: 'Import 1 point' }).click();
    await expect(app.page.getByText(/imported from “hostile.csv”/)).toBeVisible();
    await expectInert(app.page, 'CSV import');

    // A bundle of all of it, opened in a fresh workspace.
    await panel.getByRole('tab', { name: 'Share' }).click();
    const saved = await ev.download(() =>
      panel.getByRole('button', { name: 'Export case bundle' }).click(),
    );
    const bundle = path.join(dir, saved.fileName);
    await copyFile(saved.path, bundle);
    await app.close();

    const second = await launch({ workspace: other });
    const ev2 = new EvidencePage(second.page);
    panel = await ev2.openPanel('Share');
    await panel.getByLabel('Import case bundle').setInputFiles(bundle);
    const contents = panel.getByRole('group', { name: `Contents of ${path.basename(bundle)}` });
    await expect(contents).toBeVisible();
    await expectInert(second.page, 'bundle contents');
    await contents.getByRole('button', { name: /^Import/ }).click();
    await expect(panel.getByText(/imported\./)).toBeVisible();
    await panel.getByRole('tab', { name: 'Sources' }).click();
    await expect(panel.getByText('Hostile CSL', { exact: false }).first()).toBeVisible();
    await expectInert(second.page, 'bundle sources');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(ev2.card('Hostile claim')).toBeVisible();
    await expectInert(second.page, 'bundle claim');
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(other, { recursive: true, force: true });
  }
});
