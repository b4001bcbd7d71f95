/**
 * Briefs made as an analyst makes them (Brief… in the toolbar, the dialog's choices, Make
 * brief) and read back from the files written: the HTML is safe and complete, the Markdown
 * zip's citations resolve against its sources.json, the print view prints to a PDF holding the
 * title and the bibliography, the bibliography follows the chosen style, and Cancel stops.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Locator, Page } from '@playwright/test';
import { BRIEF_PURIFY_CONFIG } from '../src/core/brief/briefSanitizer';
import { parsePandocCitation } from '../src/core/markdown/pandocCitations';
import { readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

const RATIONALE = 'Tariffs widened from steel and aluminium to autos.';
const NOTE = [
  '## Reading',
  '',
  'Tariffs came back [[claim:trump1-steel-aluminium-tariffs]], as [@hughes-rsis] argues.',
  '',
  '<script>alert(1)</script> <img src=x onerror="alert(2)">',
  '',
  'A [link](javascript:alert(3)) and [a page](https://example.org/brief).',
].join('\n');

async function judgeTariffs(page: Page): Promise<void> {
  const kase = await readDefaultCase();
  const trade = kase.issues.find((i) => i.id === 'trade')!;
  const tariffs = trade.dimensions.find((d) => d.id === 'tariffs')!;
  const wb = new WorkbenchPage(page);
  await wb.waitUntilOpen();
  await wb.openIssue(trade.label);
  await wb.verdictSelect(tariffs.label).selectOption('intensified');
  await wb.rationale(tariffs.label).fill(RATIONALE);
  await wb.rationale(tariffs.label).blur();
  const row = page.locator('.grid-row').filter({ hasText: tariffs.label }).first();
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
}

async function openBrief(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Brief…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Brief' });
  await expect(dialog.getByRole('button', { name: 'Make brief' })).toBeVisible();
  return dialog;
}

async function makeBrief(page: Page, dialog: Locator, format: RegExp, style?: string) {
  await dialog.getByRole('radio', { name: 'The whole case' }).check();
  await dialog.getByRole('radio', { name: format }).check();
  if (style) await dialog.getByLabel('Citation style').selectOption({ label: style });
  const saved = await saveFileFrom(page, () =>
    dialog.getByRole('button', { name: 'Make brief' }).click(),
  );
  await expect(dialog.getByRole('status').last()).toHaveText(/^(Saved|Downloaded)/);
  return saved;
}

function sanitiserRemoves(html: string): string[] {
  const purify = createDOMPurify(new JSDOM('').window);
  purify.sanitize(html, BRIEF_PURIFY_CONFIG);
  return purify.removed.map((r) =>
    'element' in r ? `element ${r.element.nodeName}` : `attribute ${r.attribute?.name ?? ''}`,
  );
}

function bibliographyOf(html: string): string {
  return /<section class="brief-bibliography">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
}

test.describe('briefs', () => {
  test('the HTML brief is safe, holds the quotes, verdict and rationale, and follows the style', async ({
    app,
    workspace,
  }, testInfo) => {
    const kase = await readDefaultCase();
    const notes = path.join(workspace, 'notes', kase.id);
    await mkdir(notes, { recursive: true });
    await writeFile(path.join(notes, 'trade.md'), NOTE);
    await judgeTariffs(app.page);

    const dialog = await openBrief(app.page);
    await dialog.getByLabel('Analyst (in the title block)').fill('R. Analyst');
    const apa = await makeBrief(app.page, dialog, /^HTML/, 'APA 7th edition');
    expect(apa.fileName).toBe(`${kase.id}-brief.html`);
    const html = await readFile(apa.path, 'utf8');
    await writeFile(testInfo.outputPath('brief-apa.html'), html);

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('A link and <a href="https://example.org/brief">a page</a>.');
    expect(sanitiserRemoves(html)).toEqual([]);
    // The figures keep their geometry through the sanitiser: a size, a view box, positions.
    expect(html).toMatch(
      /<figure class="brief-figure"[^>]*><svg[^>]* width="\d+(\.\d+)?" height="\d+(\.\d+)?"/,
    );
    expect(html).toMatch(/<text[^>]* x="[\d.]+"/);
    const quote = kase.claims.find((c) => c.id === 'trump1-steel-aluminium-tariffs')!.evidence
      .selector.exact;
    expect(html).toContain(quote);
    expect(html).toContain('<p class="verdict-kind">Intensified</p>');
    expect(html).toContain(RATIONALE);
    expect(html).toContain('R. Analyst');
    // The note's claim link is expanded into its quote; its HTML is shown as text.
    expect(html).toContain(`<q class="note-claim">${quote}</q>`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const apaEntry = bibliographyOf(html);
    expect(apaEntry).toContain('Hughes, C. W.');

    const chicago = await makeBrief(app.page, dialog, /^HTML/, 'Chicago (author-date)');
    const chicagoHtml = await readFile(chicago.path, 'utf8');
    const chicagoEntry = bibliographyOf(chicagoHtml);
    expect(chicagoEntry).toContain('Hughes, Christopher W.');
    expect(chicagoEntry).not.toEqual(apaEntry);
    // The name given is remembered for the next brief.
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    const again = await openBrief(app.page);
    await expect(again.getByLabel('Analyst (in the title block)')).toHaveValue('R. Analyst');
  });

  test('the Markdown zip cites only what its sources.json holds', async ({ app }, testInfo) => {
    await judgeTariffs(app.page);
    const dialog = await openBrief(app.page);
    const saved = await makeBrief(app.page, dialog, /^Markdown for Pandoc/);
    expect(saved.fileName).toMatch(/-brief\.md\.zip$/);
    const bytes = new Uint8Array(await readFile(saved.path));
    await writeFile(testInfo.outputPath('brief.md.zip'), bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['brief.md', 'sources.json', 'style.csl']),
    );
    const md = strFromU8(files['brief.md']!);
    const ids = new Set(
      (JSON.parse(strFromU8(files['sources.json']!)) as { id: string }[]).map((i) => i.id),
    );
    const keys = [...md.matchAll(/(?<!\\)\[[^\]\n]*@[^\]\n]*\]/g)].flatMap(
      (m) => parsePandocCitation(m[0])?.cites.map((c) => c.key) ?? [],
    );
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !ids.has(k))).toEqual([]);
    expect(md).toContain(RATIONALE);
    const figures = Object.keys(files).filter((n) => n.startsWith('figures/'));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(md).toContain(`(${f})`);
  });

  test('the print view prints to a PDF holding the title and the bibliography', async ({
    app,
  }, testInfo) => {
    test.skip(
      app.kind === 'electron',
      'the desktop app prints with printToPDF itself (unit-tested); this reads the browser’s print view',
    );
    const dialog = await openBrief(app.page);
    await dialog.getByRole('radio', { name: 'The whole case' }).check();
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    const [tab] = await Promise.all([
      app.page.context().waitForEvent('page'),
      dialog.getByRole('button', { name: 'Make brief' }).click(),
    ]);
    await tab.waitForLoadState('load');
    await expect(dialog.getByRole('status').last()).toHaveText(/Save as PDF/);
    const pdfPath = testInfo.outputPath('brief-print.pdf');
    await tab.emulateMedia({ media: 'print' });
    await tab.pdf({ path: pdfPath, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const kase = await readDefaultCase();
    expect(text).toContain(kase.title);
    expect(text).toContain('Bibliography');
    expect(text).toMatch(/Hughes, Christopher W\. n\.d\./);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1],
    );
    // One page at least per issue area: each starts on a new page.
    expect(pages).toBeGreaterThan(kase.issues.length);
  });

  test('Cancel stops a brief: nothing is written', async ({ app }) => {
    const dialog = await openBrief(app.page);
    await dialog.getByRole('radio', { name: 'The whole case' }).check();
    // Word is the slowest format to make, so the click lands while the brief is being made.
    await dialog.getByRole('radio', { name: /^Word/ }).check();
    let downloads = 0;
    app.page.on('download', () => (downloads += 1));
    await dialog.getByRole('button', { name: 'Make brief' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Cancelled: no brief was written.');
    await expect(dialog.getByRole('button', { name: 'Make brief' })).toBeEnabled();
    // Long enough for a brief that had not stopped to be delivered.
    await app.page.waitForTimeout(3000);
    expect(downloads).toBe(0);
  });
});
