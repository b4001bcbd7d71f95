/**
 * The comparison as a figure: an issue's side-by-side and the overview of verdicts, exported as
 * the analyst does it and read back from the files written.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { readDefaultCase } from './pages/caseFile';
import type { BrowserContext } from '@playwright/test';
import { ComparisonFiguresPage } from './pages/ComparisonFiguresPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { embeddedFontUse } from './support/embeddedFont';
import { expect, test } from './support/fixtures';

const DOUBLE_COLUMN = Math.round((175 / 25.4) * 96);
const RATIONALE = 'Summits now come with public demands.';

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function judgeFirstRow(wb: WorkbenchPage, issueLabel: string, dimension: string) {
  await wb.openIssue(issueLabel);
  const row = wb.page.locator(`.grid-row`).filter({ hasText: dimension }).first();
  await wb.verdictSelect(dimension).selectOption('intensified');
  await wb.rationale(dimension).fill(RATIONALE);
  await wb.rationale(dimension).blur();
  await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);
}

/** A PDF's text as pdftotext reads it, with runs of white space made one space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The SVG carries Inter as data URLs, and its text is set in them where no Inter is installed. */
async function expectEmbeddedFont(context: BrowserContext, svg: string): Promise<void> {
  expect(svg).toMatch(
    /<style>@font-face\{font-family:Inter;[^}]*src:url\(data:font\/woff2;base64,/,
  );
  const use = await embeddedFontUse(context, svg);
  expect(use.loaded).toEqual(expect.arrayContaining(['Inter 400', 'Inter 600']));
  expect(use.width.embedded).not.toBeCloseTo(use.width.fallback, 0);
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

test.describe('the comparison as a figure', () => {
  test('an issue’s side-by-side exports as SVG, PNG and CSV and reads back', async ({
    app,
  }, testInfo) => {
    const kase = await readDefaultCase();
    const issue = kase.issues.find((i) => i.id === 'alliance-management')!;
    const [first, second] = issue.dimensions;
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    await judgeFirstRow(wb, issue.label, first!.label);

    const figures = new ComparisonFiguresPage(app.page);
    await figures.openForIssue();
    // A long issue runs to pages; the analyst picks the rows that fit one.
    await expect(figures.dialog()).toContainText(/Page 1 of \d/);
    for (const d of issue.dimensions.slice(1)) await figures.row(d.label).uncheck();
    await expect(figures.dialog()).not.toContainText(/Page 1 of/);

    const svgFile = await figures.exportOne();
    expect(svgFile.fileName).toBe(`${kase.id}-alliance-management-trump1-trump2.svg`);
    const svg = await readFile(svgFile.path, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*width="661"/);
    expect(svg).toContain(`<title id="fig-title">${issue.label}, Trump 1.0 → Trump 2.0</title>`);
    expect(svg).toContain('<desc id="fig-desc">Table comparing');
    expect(svg).toContain(first!.label.split(' ')[0]);
    expect(svg).not.toContain(second!.label);
    expect(svg).toContain('>Intensified</text>');
    expect(svg).toContain('Summits now come with public');
    expect(svg).toContain('— Hughes, RSIS Commentary');
    expect(svg).toContain('Made with Diptych');
    expect(svg).toContain('Source: Hughes, Christopher W.');
    expect(svg).toContain('>Row</text>');
    expect(svg).not.toContain('>Dimension</text>');
    await expectEmbeddedFont(app.page.context(), svg);
    await expect(figures.dialog().getByRole('status')).toHaveText(
      `Downloaded ${svgFile.fileName}.`,
    );

    const sizes: { width: number; height: number }[] = [];
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 1440, height: 900 },
    ]) {
      await app.page.setViewportSize(viewport);
      await figures.chooseFormat('PNG 2×');
      const png = await figures.exportOne();
      expect(png.fileName).toBe(`${kase.id}-alliance-management-trump1-trump2.png`);
      sizes.push(pngSize(await readFile(png.path)));
      await copyFile(png.path, testInfo.outputPath(`side-by-side-${viewport.width}.png`));
    }
    const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(sizes[0]).toEqual({ width: DOUBLE_COLUMN * 2, height: svgHeight * 2 });
    expect(sizes[1]).toEqual(sizes[0]);

    await figures.chooseFormat('CSV of the claims');
    const csvFile = await figures.exportOne();
    const csv = await readFile(csvFile.path);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('row,period,modality,statement,quote,citation,verdict,rationale');
    expect(text).toContain(RATIONALE);
  });

  test('an issue’s side-by-side exports as one PDF of its pages, its text readable', async ({
    app,
  }, testInfo) => {
    const kase = await readDefaultCase();
    const issue = kase.issues.find((i) => i.id === 'alliance-management')!;
    const first = issue.dimensions[0]!;
    const statement = kase.claims.find(
      (c) => c.issue === issue.id && c.dimension === first.id && c.period === 'trump2',
    )!.statement;
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    await judgeFirstRow(wb, issue.label, first.label);

    const figures = new ComparisonFiguresPage(app.page);
    await figures.openForIssue();
    const pages = Number(/Page 1 of (\d+)/.exec(await figures.dialog().innerText())?.[1]);
    expect(pages, 'the whole issue runs to several pages').toBeGreaterThan(1);
    await figures.chooseFormat(/^PDF/);
    await expect(
      figures.dialog().getByRole('button', { name: 'Export', exact: true }),
    ).toBeVisible();
    const pdf = await figures.exportOne();
    expect(pdf.fileName).toBe(`${kase.id}-alliance-management-trump1-trump2.pdf`);
    await copyFile(pdf.path, testInfo.outputPath('side-by-side.pdf'));
    expect(pdfPages(pdf.path)).toBe(pages);
    const text = pdfText(pdf.path);
    expect(text).toContain(statement.slice(0, 60));
    expect(text).toContain('Intensified');
    expect(text).toContain(RATIONALE);
    expect(text).toContain('Source: Hughes, Christopher W.');
    expect(text).toContain('Trump 1.0 → Trump 2.0');
  });

  test('the overview exports as a figure that holds its counts', async ({ app }, testInfo) => {
    const kase = await readDefaultCase();
    const issue = kase.issues.find((i) => i.id === 'alliance-management')!;
    const rows = kase.issues.reduce((n, i) => n + i.dimensions.length, 0);
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    await judgeFirstRow(wb, issue.label, issue.dimensions[0]!.label);
    await wb.overviewButton().click();

    const figures = new ComparisonFiguresPage(app.page);
    await figures.openForOverview();
    const svgFile = await figures.exportOne();
    expect(svgFile.fileName).toBe(`${kase.id}-overview-trump1-trump2.svg`);
    const svg = await readFile(svgFile.path, 'utf8');
    expect(svg).toContain(`1 of ${rows} comparisons judged`);
    expect(svg).toContain('Intensified: 1');
    expect(svg).toContain(`Not judged: ${rows - 1}`);
    expect(svg).toContain('<title id="fig-title">Overview of verdicts, Trump 1.0 → Trump 2.0');
    await expectEmbeddedFont(app.page.context(), svg);

    await figures.chooseFormat('PNG 2×');
    const png = await figures.exportOne();
    await copyFile(png.path, testInfo.outputPath('overview.png'));
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(await readFile(png.path))).toEqual({
      width: DOUBLE_COLUMN * 2,
      height: height * 2,
    });

    await figures.chooseFormat(/^PDF/);
    const pdf = await figures.exportOne();
    expect(pdf.fileName).toBe(`${kase.id}-overview-trump1-trump2.pdf`);
    await copyFile(pdf.path, testInfo.outputPath('overview.pdf'));
    expect(pdfPages(pdf.path)).toBe(1);
    const text = pdfText(pdf.path);
    expect(text).toContain(`1 of ${rows} comparisons judged`);
    expect(text).toContain('Intensified: 1');
    expect(text).toContain('Overview of verdicts Trump 1.0 → Trump 2.0');
    expect(text).toContain(`${issue.dimensions[0]!.label} Intensified`);
  });
});
