/**
 * Figures exported from the export dialog as an analyst would, the files read back: the same
 * chart from two windows gives the same PNG, light by default; the SVG carries its font, title
 * and description; the PDF's text holds the title and source line; the data zip is complete.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { ChartsPage } from './pages/ChartsPage';
import { ROOT } from './support/host';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

interface CaseFile {
  readonly issues: readonly { readonly id: string; readonly label: string }[];
  readonly measures: readonly {
    readonly id: string;
    readonly issue: string;
    readonly label: string;
  }[];
  readonly sources: readonly { readonly id: string; readonly title: string }[];
}

async function shippedCase(): Promise<CaseFile> {
  const file = path.join(ROOT, 'data/cases/japan-trump/case.json');
  return JSON.parse(await readFile(file, 'utf8')) as CaseFile;
}

async function openDialog(page: Page, kase: CaseFile) {
  const measure = kase.measures[0]!;
  const issue = kase.issues.find((i) => i.id === measure.issue)!;
  const charts = new ChartsPage(page);
  await charts.openIssue(issue.label);
  await charts
    .chart(measure.label)
    .getByRole('button', { name: `Export figure: ${measure.label}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Export figure: ${measure.label}` });
  await expect(dialog.locator('img[data-figure-preview]')).toBeVisible();
  return { dialog, measure };
}

function pngFacts(bytes: Buffer): { width: number; height: number; ppm: number } {
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const phys = bytes.indexOf(Buffer.from('pHYs'));
  expect(phys, 'the PNG records its density').toBeGreaterThan(0);
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    ppm: bytes.readUInt32BE(phys + 4),
  };
}

test('the same chart from a small dark window and a large light one gives the same PNG, light', async ({
  app,
}, testInfo) => {
  const kase = await shippedCase();
  const sizes: { width: number; height: number; ppm: number }[] = [];
  const windows = [
    { width: 1024, height: 700, scheme: 'dark' as const },
    { width: 1440, height: 900, scheme: 'light' as const },
  ];
  for (const w of windows) {
    await app.page.setViewportSize({ width: w.width, height: w.height });
    await app.page.emulateMedia({ colorScheme: w.scheme });
    const { dialog } = await openDialog(app.page, kase);
    const saved = await saveFileFrom(app.page, () =>
      dialog.getByRole('button', { name: 'Save PNG' }).click(),
    );
    const bytes = await readFile(saved.path);
    await writeFile(testInfo.outputPath(`figure-${w.width}-${w.scheme}.png`), bytes);
    sizes.push(pngFacts(bytes));
    // Light by default: the corner pixel of the figure is the page's white, not the app's dark.
    const corner = await app.page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return Array.from(context.getImageData(2, 2, 1, 1).data);
    }, bytes.toString('base64'));
    expect(corner.slice(0, 3)).toEqual([255, 255, 255]);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  expect(sizes[0]).toEqual(sizes[1]);
  // Double column at 2×: 175 mm is 661 CSS px, so 1322 px wide at 192 dpi.
  expect(sizes[0]!.width).toBe(1322);
  expect(sizes[0]!.ppm).toBe(Math.round(192 / 0.0254));
});

test('SVG, PDF and the data zip are complete on their own', async ({ app }, testInfo) => {
  const kase = await shippedCase();
  await app.page.setViewportSize({ width: 1440, height: 900 });
  const { dialog, measure } = await openDialog(app.page, kase);
  const title = await dialog.getByLabel('Title', { exact: true }).inputValue();
  const sourceLine = await dialog.getByLabel('Source line').inputValue();
  expect(title).toBe(measure.label);

  const svg = await readFile(
    (await saveFileFrom(app.page, () => dialog.getByRole('button', { name: 'Save SVG' }).click()))
      .path,
    'utf8',
  );
  await writeFile(testInfo.outputPath('figure.svg'), svg);
  expect(svg).toMatch(/@font-face\{font-family:Inter;[^}]*src:url\(data:font\/woff2;base64,/);
  expect(svg).toContain(`<title>${title.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}</title>`);
  expect(svg).toMatch(/<desc>[^<]*: [^<]*(stated|derived)[^<]*<\/desc>/);

  const pdfPath = (
    await saveFileFrom(app.page, () => dialog.getByRole('button', { name: 'Save PDF' }).click())
  ).path;
  await writeFile(testInfo.outputPath('figure.pdf'), await readFile(pdfPath));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const words = (s: string): string => s.replace(/\s+/g, ' ').trim();
  expect(words(text)).toContain(words(title));
  expect(words(text)).toContain(words(sourceLine).slice(0, 60));

  const zipPath = (
    await saveFileFrom(app.page, () =>
      dialog.getByRole('button', { name: 'Save data (zip)' }).click(),
    )
  ).path;
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
  const csvName = Object.keys(files).find((n) => n.endsWith('.csv'))!;
  expect(Array.from(files[csvName]!.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  const metaName = Object.keys(files).find((n) => n.endsWith('metadata.json'))!;
  const metadata = JSON.parse(strFromU8(files[metaName]!)) as { sources: { title: string }[] };
  expect(metadata.sources.length).toBeGreaterThan(0);
  expect(kase.sources.map((s) => s.title)).toContain(metadata.sources[0]!.title);
  expect(Object.keys(files).some((n) => n.endsWith('README.md'))).toBe(true);
});
