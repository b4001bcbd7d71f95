/**
 * Writes the font embedded in exported figures: Inter 4 (inter-ui, SIL OFL 1.1), regular and
 * semibold (and italic, for the citations of the comparison figures), cut down to the characters figure text uses — Latin with Latin Extended-A, general
 * punctuation (– — “ ” …), currency signs (¥ € ₩), arrows (→) and the maths operators (≈ ≥ −)
 * that Fontsource's subsets leave out. WOFF2 for the SVG's @font-face, TrueType for jsPDF.
 * Run once after changing the ranges: `npx tsx scripts/figureFont.ts`; the output is committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { FIGURE_FONT_RANGES } from '../src/core/figures/figureFontRanges';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'src/renderer/src/figures/fonts');

async function main(): Promise<void> {
  let text = '';
  for (const [from, to] of FIGURE_FONT_RANGES) {
    for (let c = from; c <= to; c += 1) text += String.fromCodePoint(c);
  }
  for (const [cut, file] of [
    ['400', 'Inter-Regular.woff2'],
    ['600', 'Inter-SemiBold.woff2'],
    ['400-italic', 'Inter-Italic.woff2'],
  ] as const) {
    const source = await readFile(path.join(ROOT, 'node_modules/inter-ui/web', file));
    // The SVG faces are upright; italic is needed only by the PDF.
    const formats = cut.endsWith('italic') ? (['ttf'] as const) : (['woff2', 'ttf'] as const);
    for (const ext of formats) {
      const subset = await subsetFont(source, text, {
        targetFormat: ext === 'ttf' ? 'truetype' : 'woff2',
        keepFeatures: ['kern'],
      });
      const name = `inter-figure-${cut}.${ext}`;
      await writeFile(path.join(OUT, name), subset);
      console.log(`${name}: ${subset.length} bytes`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
