/**
 * What every figure carries around its body: a header (case, subject, pair), a footer with the
 * source line and "Made with Diptych", and `<title>`/`<desc>` for screen readers.
 */
import { INK, MUTED, PAPER, RULE } from './figureMarks';
import { MARGIN, STYLES, lineHeight } from './sideBySideLayout';
import { FIGURE_FONT_FAMILY, escapeXml, styleElement } from './svgText';
import { wrapLines, type MeasureText, type TextStyle } from './wrapLines';

export interface FrameText {
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** e.g. "Page 1 of 2"; empty for a figure of one page. */
  readonly pageNote: string;
  readonly alt: { readonly title: string; readonly desc: string };
  /** The file's `<style>`: the embedded font (core has no font of its own to embed). */
  readonly css?: string;
}

export interface Frame {
  readonly headerHeight: number;
  readonly footerLines: readonly string[];
  readonly footerHeight: number;
}

export function frameFor(text: FrameText, width: number, measure: MeasureText): Frame {
  const footerLines = wrapLines(text.source, width - 2 * MARGIN, STYLES.footer, measure);
  const headerHeight =
    MARGIN + lineHeight(STYLES.kicker) + lineHeight(STYLES.title) + lineHeight(STYLES.pair) + 12;
  const footerHeight = 10 + (footerLines.length + 1) * lineHeight(STYLES.footer) + MARGIN;
  return { headerHeight, footerLines, footerHeight };
}

/** A `<text>` of one line, its top at `top` (the baseline is placed from the size). */
export function textLine(
  text: string,
  x: number,
  top: number,
  style: TextStyle,
  fill: string,
  extra = '',
): string {
  const baseline = Math.round((top + style.size) * 10) / 10;
  return `<text x="${x}" y="${baseline}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}"${extra}>${escapeXml(text)}</text>`;
}

/** The whole SVG document: paper, header, `body`, footer. */
export function frameSvg(
  text: FrameText,
  frame: Frame,
  width: number,
  bodyHeight: number,
  body: string,
): { readonly svg: string; readonly height: number } {
  const height = Math.ceil(frame.headerHeight + bodyHeight + frame.footerHeight);
  let y = MARGIN;
  const parts: string[] = [];
  parts.push(textLine(text.kicker, MARGIN, y, STYLES.kicker, MUTED));
  y += lineHeight(STYLES.kicker);
  parts.push(textLine(text.title, MARGIN, y, STYLES.title, INK));
  y += lineHeight(STYLES.title);
  parts.push(textLine(text.subtitle, MARGIN, y, STYLES.pair, INK));
  let f = frame.headerHeight + bodyHeight + 10;
  parts.push(
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${f - 5}" y2="${f - 5}" stroke="${RULE}" stroke-width="0.75"/>`,
  );
  for (const line of frame.footerLines) {
    parts.push(textLine(line, MARGIN, f, STYLES.footer, MUTED));
    f += lineHeight(STYLES.footer);
  }
  parts.push(textLine('Made with Diptych', MARGIN, f, STYLES.footer, MUTED));
  if (text.pageNote) {
    parts.push(
      textLine(text.pageNote, width - MARGIN, f, STYLES.footer, MUTED, ' text-anchor="end"'),
    );
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="fig-title fig-desc" font-family="${escapeXml(FIGURE_FONT_FAMILY)}">` +
    `<title id="fig-title">${escapeXml(text.alt.title)}</title>` +
    `<desc id="fig-desc">${escapeXml(text.alt.desc)}</desc>` +
    styleElement(text.css) +
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>` +
    parts.join('') +
    body +
    `</svg>`;
  return { svg, height };
}
