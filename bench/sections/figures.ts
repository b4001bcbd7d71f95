/**
 * Figures, in a page of the app's stack: the side-by-side figure of the largest issue area of
 * the default case (every SVG page laid out with canvas-measured text and rasterised at 2×), a
 * chart's export preview (drawn at a size preset and shown as the preview image; each run
 * changes the preset, as the analyst does), and a 3× PNG of the double-column chart: as Save PNG
 * writes it from the figure the preview drew, and drawn from nothing.
 */
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';

export interface FiguresResult {
  readonly issue: string;
  readonly pages: number;
  readonly sideBySide: Summary;
  readonly chart: string;
  readonly preview: Summary;
  /** From the figure the preview drew, as Save PNG writes it. */
  readonly png3x: Summary;
  /** From a chart never drawn: drawing and writing. */
  readonly png3xDrawn: Summary;
  readonly png3xWidth: number;
}

const PRESETS = ['single', 'double', 'slide', 'custom'] as const;

export async function measureFigures(
  browser: Browser,
  url: string,
  runs: number,
): Promise<FiguresResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.diptychFigureBench !== undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { issue, chart } = await page.evaluate(() => ({
    issue: window.diptychFigureBench!.issue,
    chart: window.diptychFigureBench!.chart,
  }));
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i <= runs; i++) {
    const r = await page.evaluate(() => window.diptychFigureBench!.time());
    if (r.bytes === 0) throw new Error('the side-by-side figure rasterised to an empty PNG');
    pages = r.pages;
    // The first run warms the page up (fonts, JIT) and is not counted.
    if (i > 0) times.push(r.ms);
  }

  const preview: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const preset = PRESETS[i % PRESETS.length]!;
    const r = await page.evaluate((p) => window.diptychFigureBench!.preview(p), preset);
    if (r.width <= 0) throw new Error(`the ${preset} preview has no width`);
    if (i > 0) preview.push(r.ms);
  }

  const png3x = async (fresh: boolean): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const r = await page.evaluate((f) => window.diptychFigureBench!.png3x(f), fresh);
      if (r.bytes === 0) throw new Error('the 3× PNG of the chart is empty');
      png3xWidth = r.width;
      // The first run draws the figure (the preview's drawing) and is not counted.
      if (i > 0) times.push(r.ms);
    }
    return times;
  };
  let png3xWidth = 0;
  const png = await png3x(false);
  const pngDrawn = await png3x(true);
  await context.close();
  return {
    issue,
    pages,
    sideBySide: summarize(times),
    chart,
    preview: summarize(preview),
    png3x: summarize(png),
    png3xDrawn: summarize(pngDrawn),
    png3xWidth,
  };
}
