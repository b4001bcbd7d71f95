/** Text in an exported SVG: measured, wrapped to the image's width, and escaped. */

/** The font of every exported image: Inter where installed, else common sans-serifs. */
export const EXPORT_FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";
const FALLBACK_FAMILY = "'Helvetica Neue', Arial, sans-serif";

export type MeasureText = (text: string, fontSize: number, fontWeight?: number) => number;

/** A rough width where no canvas is available (tests): wide enough not to overflow. */
export const estimateTextWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.58;

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Widths from a canvas, in Inter and in the fallback fonts, whichever is wider: the image may be
 * opened where Inter is not installed, and its text must fit either way.
 */
export const measureTextWidth: MeasureText = (text, fontSize, fontWeight = 400) => {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return estimateTextWidth(text, fontSize, fontWeight);
  context.font = `${fontWeight} ${fontSize}px Inter, ${FALLBACK_FAMILY}`;
  const inter = context.measureText(text).width;
  context.font = `${fontWeight} ${fontSize}px ${FALLBACK_FAMILY}`;
  const fallback = context.measureText(text).width;
  return Math.max(inter, fallback);
};

/** Greedy word wrap to `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  fontWeight: number,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, fontWeight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
