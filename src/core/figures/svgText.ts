/** Text for SVG markup: escaped, and kept to characters XML allows. */

// XML 1.0 forbids most control characters; a case file may still carry one from a paste.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The font stack of every figure: Inter where installed, else the system's sans-serif. */
export const FIGURE_FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

/** 175 mm at 96 dpi: a journal's double column. */
export const DOUBLE_COLUMN_PX = Math.round((175 / 25.4) * 96);

/** The tallest page: a journal page's text block, 240 mm at 96 dpi. */
export const PAGE_HEIGHT_PX = Math.round((240 / 25.4) * 96);

/** A `<style>` element holding `css`, or nothing when there is none. */
export function styleElement(css: string | undefined): string {
  return css ? `<style>${escapeXml(css)}</style>` : '';
}
