/**
 * Inter, embedded in an exported SVG as `@font-face` rules with data URLs, so the file renders
 * the same where Inter is not installed. The subset is by file: the Latin files of
 * @fontsource/inter (U+0000–00FF with ¥ and £, general punctuation, €, ™, −) plus its Latin
 * Extended files (other currency signs, accented names); regular and semibold, the weights a
 * figure uses. Fontsource ships no file with the maths marks (≈, ≥): those fall back to the
 * reader's sans-serif.
 */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline';
import ext400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?inline';
import ext600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?inline';

export const FIGURE_FONT_FAMILY = 'Inter';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

function face(url: string, weight: number, range: string): string {
  return `@font-face{font-family:${FIGURE_FONT_FAMILY};font-style:normal;font-weight:${weight};src:url(${url}) format('woff2');unicode-range:${range}}`;
}

/** The `<style>` contents of every exported SVG. */
export const FIGURE_FONT_CSS = [
  face(latin400, 400, LATIN),
  face(latin600, 600, LATIN),
  face(ext400, 400, LATIN_EXT),
  face(ext600, 600, LATIN_EXT),
].join('\n');
