/**
 * Inter, embedded in an exported SVG as `@font-face` rules with data URLs, so the file renders
 * the same where Inter is not installed. The files are Inter 4 cut down by
 * `scripts/figureFont.ts` to what figure text uses: Latin and Latin Extended-A, punctuation
 * (– — “ ” …), currency (¥ € ₩), arrows (→) and maths (≈ ≥ −), which Fontsource's subsets lack.
 */
import regular from './fonts/inter-figure-400.woff2?inline';
import semibold from './fonts/inter-figure-600.woff2?inline';
import { FIGURE_FONT_RANGES, unicodeRange } from '../../../core/figures/figureFontRanges';

export const FIGURE_FONT_FAMILY = 'Inter';

const RANGE = unicodeRange(FIGURE_FONT_RANGES);

function face(url: string, weight: number): string {
  return `@font-face{font-family:${FIGURE_FONT_FAMILY};font-style:normal;font-weight:${weight};src:url(${url}) format('woff2');unicode-range:${RANGE}}`;
}

/** The `<style>` contents of every exported SVG. */
export const FIGURE_FONT_CSS = [face(regular, 400), face(semibold, 600)].join('\n');
