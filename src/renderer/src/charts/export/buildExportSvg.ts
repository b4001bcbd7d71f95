/**
 * The exported image of a chart, complete on its own: title, subtitle naming the periods, the
 * legend, the plot, notes, the note on derived values and the source line, all as SVG, with
 * explicit size and no reference to anything outside the file.
 */
import { standaloneSvg } from './standaloneSvg';
import { escapeXml, FIGURE_FONT_FAMILY, styleElement } from '../../../../core/figures/svgText';
import { wrapLines, type MeasureText } from '../../../../core/figures/wrapLines';
import { measureTextWidth } from './textLayout';

export interface ExportLegendItem {
  readonly label: string;
  /** The swatch drawn on screen, copied into the image; null draws none. */
  readonly swatch: SVGSVGElement | null;
}

export interface ExportInput {
  /** The chart's rendered SVG, in the document. */
  readonly chart: SVGSVGElement;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly ExportLegendItem[];
  readonly notes: readonly string[];
  readonly derivedNote?: string;
  readonly sourceLine: string;
  readonly colors: {
    readonly background: string;
    readonly text: string;
    readonly muted: string;
  };
  /** The figure's width; by default the chart's own plus margins. */
  readonly width?: number;
  /** The figure's height: the plot was drawn to fit it (a slide); by default its content's. */
  readonly height?: number;
  /** The description written into `<desc>` for screen readers. */
  readonly description?: string;
  /** A `<style>` for the file (the embedded font). */
  readonly css?: string;
}

export interface ExportedSvg {
  readonly svg: string;
  /** The image's size in CSS pixels (PNG exports multiply it by their scale). */
  readonly width: number;
  readonly height: number;
}

const PAD = 24;
const MIN_WIDTH = 480;
const SWATCH = 14;

interface TextStyle {
  readonly size: number;
  readonly weight: number;
  readonly lineHeight: number;
  readonly color: string;
}

export function buildExportSvg(
  input: ExportInput,
  measure: MeasureText = measureTextWidth,
): ExportedSvg {
  const chartWidth = Math.round(sizeOf(input.chart, 'width'));
  const chartHeight = Math.round(sizeOf(input.chart, 'height'));
  const width = input.width ?? Math.max(MIN_WIDTH, chartWidth + 2 * PAD);
  const inner = width - 2 * PAD;
  const { text, muted } = input.colors;
  const parts: string[] = [];
  let y = PAD - 4;

  const paragraph = (content: string, style: TextStyle): void => {
    for (const line of wrapLines(content, inner, style, measure)) {
      const baseline = y + style.size;
      parts.push(
        `<text x="${PAD}" y="${baseline}" font-size="${style.size}" font-weight="${style.weight}" fill="${escapeXml(style.color)}">${escapeXml(line)}</text>`,
      );
      y += style.lineHeight;
    }
  };

  if (input.title) paragraph(input.title, { size: 19, weight: 600, lineHeight: 25, color: text });
  y += 2;
  if (input.subtitle) {
    paragraph(input.subtitle, { size: 13, weight: 400, lineHeight: 18, color: muted });
  }
  y += 8;

  // The legend flows in rows, like the one on screen.
  if (input.legend.length > 0) {
    let x = PAD;
    const rowHeight = 20;
    for (const item of input.legend) {
      const labelWidth = measure(item.label, 12, 400);
      const itemWidth = SWATCH + 6 + labelWidth;
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD;
        y += rowHeight;
      }
      if (item.swatch) parts.push(placeSvg(standaloneSvg(item.swatch), x, y + 1, SWATCH, SWATCH));
      parts.push(
        `<text x="${x + SWATCH + 6}" y="${y + 12}" font-size="12" fill="${escapeXml(text)}">${escapeXml(item.label)}</text>`,
      );
      x += itemWidth + 18;
    }
    y += rowHeight + 4;
  }

  parts.push(placeSvg(standaloneSvg(input.chart), PAD, y, chartWidth, chartHeight));
  y += chartHeight + 10;

  for (const note of input.notes) {
    paragraph(note, { size: 12, weight: 400, lineHeight: 16, color: text });
    y += 2;
  }
  if (input.derivedNote) {
    paragraph(input.derivedNote, { size: 12, weight: 400, lineHeight: 16, color: text });
    y += 2;
  }
  if (input.sourceLine) {
    paragraph(input.sourceLine, { size: 11.5, weight: 400, lineHeight: 15.5, color: muted });
  }

  const height = Math.max(input.height ?? 0, Math.ceil(y + PAD - 6));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FIGURE_FONT_FAMILY)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    ...(input.description ? [`<desc>${escapeXml(input.description)}</desc>`] : []),
    styleElement(input.css),
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${escapeXml(input.colors.background)}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** A standalone SVG placed at (x, y) with an explicit size and viewBox. */
function placeSvg(svg: SVGSVGElement, x: number, y: number, w: number, h: number): string {
  if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('x', String(x));
  svg.setAttribute('y', String(y));
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.removeAttribute('style');
  svg.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(svg);
}

function sizeOf(svg: SVGSVGElement, dimension: 'width' | 'height'): number {
  const attribute = Number(svg.getAttribute(dimension));
  if (Number.isFinite(attribute) && attribute > 0) return attribute;
  return svg.getBoundingClientRect()[dimension];
}
