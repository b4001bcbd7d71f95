/**
 * Text widths in an exported SVG, measured on a canvas. Wrapping and escaping are core's
 * (figures/wrapLines, figures/svgText), shared with the comparison figures.
 */
import { estimateTextWidth, type MeasureText } from '../../../../core/figures/wrapLines';

const FALLBACK_FAMILY = "'Helvetica Neue', Arial, sans-serif";

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
