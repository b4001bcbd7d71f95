/**
 * Chart export and rendering, on the app's own chart code in a page of the same stack:
 * SVG and PNG 2× export of a 1200×800 chart, and a 5,000-point chart rendered with animation off.
 */
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';

export interface ChartsResult {
  readonly exportSize: { readonly width: number; readonly height: number };
  readonly svg: Summary;
  readonly png2x: Summary;
  readonly render5000: Summary;
}

interface BenchApi {
  renderPoints(n: number, width: number, height: number): Promise<number>;
  prepareExport(
    width: number,
    height: number,
    points: number,
  ): Promise<{ width: number; height: number }>;
  timeSvg(): number;
  timePng(scale: number): Promise<{ ms: number; width: number; height: number; bytes: number }>;
}

declare global {
  interface Window {
    diptychBench?: BenchApi;
  }
}

export async function measureCharts(
  browser: Browser,
  url: string,
  runs: number,
): Promise<ChartsResult> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.diptychBench !== undefined);

  const render5000: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const ms = await page.evaluate(() => window.diptychBench!.renderPoints(5000, 1200, 600));
    if (i > 0) render5000.push(ms);
  }

  const exportSize = await page.evaluate(() => window.diptychBench!.prepareExport(1200, 800, 60));
  const svg: number[] = [];
  const png: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const s = await page.evaluate(() => window.diptychBench!.timeSvg());
    const p = await page.evaluate(() => window.diptychBench!.timePng(2));
    if (p.width !== exportSize.width * 2 || p.height !== exportSize.height * 2) {
      throw new Error(
        `PNG 2× is ${p.width}×${p.height}, expected twice ${exportSize.width}×${exportSize.height}`,
      );
    }
    if (i > 0) {
      svg.push(s);
      png.push(p.ms);
    }
  }
  await context.close();
  return {
    exportSize,
    svg: summarize(svg),
    png2x: summarize(png),
    render5000: summarize(render5000),
  };
}
