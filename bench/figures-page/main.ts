/**
 * The figure benchmarks' page: the side-by-side figure of the largest issue of the default case,
 * laid out with canvas-measured widths and rasterised at 2×, driven from bench/sections/figures.ts.
 */
import '../../src/core/zodConfig';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import shipped from '../../data/cases/japan-trump/case.json';
import { Case } from '../../src/core/case/schema';
import { sideBySideModel, sourceLine } from '../../src/core/figures/sideBySideModel';
import { sideBySideSvg } from '../../src/core/figures/sideBySideSvg';
import { emptyUserLayer } from '../../src/core/user/schema';
import { svgToPng } from '../../src/renderer/src/charts/export/rasterize';
import { measureTextWidth } from '../../src/renderer/src/charts/export/textLayout';

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

declare global {
  interface Window {
    diptychFigureBench?: {
      issue: string;
      /** SVG pages of the issue's side-by-side and page 1 as a 2× PNG: ms, pages, PNG bytes. */
      time(): Promise<{ ms: number; pages: number; bytes: number }>;
    };
  }
}

const issue = largestIssue();
window.diptychFigureBench = {
  issue,
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
};
