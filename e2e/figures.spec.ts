/**
 * Figures exported from the export dialog as an analyst would, the files read back: the same
 * chart from two windows gives the same PNG, light by default; the SVG carries its font, title
 * and description; the PDF's text holds the title and source line; the data zip is complete;
 * an edited title is remembered for the chart across a reload, and reset to the case's.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { ChartsPage } from './pages/ChartsPage';
import { embeddedFontUse } from './support/embeddedFont';
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
  for (const [i, w] of windows.entries()) {
    await app.page.setViewportSize({ width: w.width, height: w.height });
    await app.page.emulateMedia({ colorScheme: w.scheme });
    // Another window draws its own figure: a page keeps the figures it has drawn.
    if (i > 0) await app.page.reload();
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

/** The SVG's embedded faces: each one's unicode-range and font bytes. */
function embeddedFaces(svg: string): { range: string; bytes: Buffer }[] {
  return [...svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
    range: /unicode-range:([^;}]*)/.exec(m[1]!)?.[1] ?? '',
    bytes: Buffer.from(/base64,([^)]*)\)/.exec(m[1]!)?.[1] ?? '', 'base64'),
  }));
}

/** Whether a CSS unicode-range value covers a code point. */
function covers(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(from!, 16);
    return codePoint >= lo && codePoint <= (to ? parseInt(to, 16) : lo);
  });
}

test('an edited title is exported, remembered for the chart after a reload, and reset', async ({
  app,
  workspace,
}, testInfo) => {
  const kase = await shippedCase();
  await app.page.setViewportSize({ width: 1440, height: 900 });
  const edited = 'Purchases ≈ ¥700 billion — “as stated” … 2019–2024';
  const opened = await openDialog(app.page, kase);
  const measure = opened.measure;
  let dialog = opened.dialog;
  await dialog.getByLabel('Title', { exact: true }).fill(edited);
  await dialog.getByRole('radio', { name: 'Greyscale-safe' }).check();
  await expect(dialog.locator('img[data-figure-preview]')).toHaveAttribute('alt', /.+/);

  const svgFile = await saveFileFrom(app.page, () =>
    dialog.getByRole('button', { name: 'Save SVG' }).click(),
  );
  expect(svgFile.fileName).toBe(`japan-trump-${measure.id}-double-grey.svg`);
  const svg = await readFile(svgFile.path, 'utf8');
  await writeFile(testInfo.outputPath('edited.svg'), svg);
  expect(svg).toContain(`<title>${edited}</title>`);
  expect(svg).toContain(`>${edited}</text>`);
  // Every character of the title has a face that covers it, ≈ and the typographic marks too.
  const faces = embeddedFaces(svg);
  expect(faces.map((f) => f.bytes.subarray(0, 4).toString('latin1'))).toEqual(['wOF2', 'wOF2']);
  for (const ch of '≈¥—“”…–→') {
    for (const face of faces) expect(covers(face.range, ch.codePointAt(0)!), ch).toBe(true);
  }
  // The faces hold the glyphs: they are the committed font files, byte for byte.
  const fonts = path.join(ROOT, 'src/renderer/src/figures/fonts');
  expect(faces[0]!.bytes.equals(await readFile(path.join(fonts, 'inter-figure-400.woff2')))).toBe(
    true,
  );
  expect(faces[1]!.bytes.equals(await readFile(path.join(fonts, 'inter-figure-600.woff2')))).toBe(
    true,
  );

  const pdfFile = await saveFileFrom(app.page, () =>
    dialog.getByRole('button', { name: 'Save PDF' }).click(),
  );
  await writeFile(testInfo.outputPath('edited.pdf'), await readFile(pdfFile.path));
  const text = execFileSync('pdftotext', [pdfFile.path, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(edited);

  // Remembered in the user layer, only what differs from the case's own text.
  const userFile = path.join(workspace, 'cases', 'japan-trump', 'user.json');
  await expect
    .poll(async () => JSON.parse(await readFile(userFile, 'utf8').catch(() => '{}')).figureTexts)
    .toEqual([
      expect.objectContaining({
        measure: measure.id,
        text: { title: edited },
        preset: 'double',
        theme: 'grey',
      }),
    ]);

  // After a reload the chart's dialog opens with the edited title and the greyscale theme.
  await app.page.reload();
  ({ dialog } = await openDialog(app.page, kase));
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(edited);
  await expect(dialog.getByRole('radio', { name: 'Greyscale-safe' })).toBeChecked();
  await expect(dialog.getByLabel('Subtitle')).not.toHaveValue('');

  // Reset brings the case's own title back, and that is what is remembered.
  await dialog.getByRole('button', { name: 'Reset to the case’s text' }).click();
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(measure.label);
  await expect(dialog.getByRole('button', { name: 'Reset to the case’s text' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.page.reload();
  ({ dialog } = await openDialog(app.page, kase));
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(measure.label);
  await expect(dialog.getByRole('radio', { name: 'Greyscale-safe' })).toBeChecked();
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
  // Where no Inter is installed, the text is set in the faces the file carries.
  const font = await embeddedFontUse(app.page.context(), svg);
  expect(font.loaded).toEqual(expect.arrayContaining(['Inter 400', 'Inter 600']));
  expect(font.width.embedded).not.toBeCloseTo(font.width.fallback, 0);
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
