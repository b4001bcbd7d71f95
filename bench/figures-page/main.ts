/**
 * The figure benchmarks' page, driven from bench/sections/figures.ts: the side-by-side figure of
 * the largest issue of the default case (laid out with canvas-measured widths, rasterised at
 * 2×), and a chart's figure as the export dialog makes it: drawn at a size preset and shown as
 * the preview image, and written as a 3× PNG of the double column, once from the figure the
 * preview drew (what Save PNG does) and once drawn from nothing (a chart model never drawn).
 */
import '../../src/core/zodConfig';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '../../src/renderer/src/styles/base.css';
import '../../src/renderer/src/charts/charts.css';
import shipped from '../../data/cases/japan-trump/case.json';
import { Case } from '../../src/core/case/schema';
import { buildChartModel } from '../../src/core/charts/chartModel';
import { sideBySideModel, sourceLine } from '../../src/core/figures/sideBySideModel';
import { sideBySideSvg } from '../../src/core/figures/sideBySideSvg';
import { emptyUserLayer } from '../../src/core/user/schema';
import { svgToPng } from '../../src/renderer/src/charts/export/rasterize';
import { measureTextWidth } from '../../src/renderer/src/charts/export/textLayout';
import {
  caseFigureText,
  drawFigure,
  figureBox,
  pngBlob,
  type SizePreset,
} from '../../src/renderer/src/figures';

const kase = Case.parse(shipped);
const layer = emptyUserLayer(kase.id);
const pair = { from: 'trump1', to: 'trump2' };

/** The issue with the most claims for the pair. */
function largestIssue(): string {
  const count = (id: string): number =>
    kase.claims.filter((c) => c.issue === id && (c.period === pair.from || c.period === pair.to))
      .length;
  return [...kase.issues].sort((a, b) => count(b.id) - count(a.id))[0]!.id;
}

/** The chart of the measure with the most points, as the workbench builds it. */
function chartModel() {
  const measure = [...kase.measures].sort((a, b) => b.points.length - a.points.length)[0]!;
  const compared = kase.periods.filter((p) => kase.defaultComparison.includes(p.id));
  return buildChartModel(kase, measure, { compared, timeMode: 'calendar', asOf: '2026-01-01' });
}

/** Shows an SVG as the dialog's preview does (an image of a blob URL) and waits until drawn. */
async function showPreview(svg: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = document.createElement('img');
  img.src = url;
  document.body.append(img);
  try {
    await img.decode();
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  } finally {
    img.remove();
    URL.revokeObjectURL(url);
  }
}

declare global {
  interface Window {
    diptychFigureBench?: {
      issue: string;
      chart: string;
      /** SVG pages of the issue's side-by-side and page 1 as a 2× PNG: ms, pages, PNG bytes. */
      time(): Promise<{ ms: number; pages: number; bytes: number }>;
      /** The chart's figure drawn at `preset` and its preview image decoded: ms and width. */
      preview(preset: SizePreset): Promise<{ ms: number; width: number }>;
      /**
       * The chart's double-column figure written as a 3× PNG: ms and PNG bytes. `fresh`: from a
       * chart model never drawn, so the figure is drawn too; else from the one the preview drew.
       */
      png3x(fresh: boolean): Promise<{ ms: number; width: number; bytes: number }>;
    };
  }
}

const issue = largestIssue();
const model = chartModel();
const text = caseFigureText(kase, model);
const custom = { unit: 'mm' as const, width: 120 };

window.diptychFigureBench = {
  issue,
  chart: model.title,
  async time() {
    const t0 = performance.now();
    const model = sideBySideModel(kase, layer, issue, pair)!;
    const pages = sideBySideSvg(model, {
      source: sourceLine(kase, model.rows),
      measure: measureTextWidth,
    });
    let bytes = 0;
    for (const page of pages) {
      bytes += (await svgToPng(page.svg, page.width, page.height, 2)).size;
    }
    return { ms: performance.now() - t0, pages: pages.length, bytes };
  },
  async preview(preset) {
    // A model never drawn: a figure drawn before for this preset would not be drawn again.
    const fresh = chartModel();
    const t0 = performance.now();
    const box = figureBox(preset, custom);
    const figure = await drawFigure(fresh, { ...box, theme: 'light' }, text);
    await showPreview(figure.svg);
    return { ms: performance.now() - t0, width: figure.width };
  },
  async png3x(fresh) {
    const source = fresh ? chartModel() : model;
    const t0 = performance.now();
    const figure = await drawFigure(
      source,
      { ...figureBox('double', custom), theme: 'light' },
      text,
    );
    const blob = await pngBlob(figure, 3);
    return { ms: performance.now() - t0, width: figure.width * 3, bytes: blob.size };
  },
};
