/**
 * A brief's figures in Word: the chart as SVG with its PNG beside it for readers that draw no
 * SVG, its caption, source line and alt text; a figure that could not be drawn says why.
 */
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { BriefFigure } from '../briefModel';
import { TEXT_WIDTH } from './docxTable';

export type BriefChartFigure = Extract<BriefFigure, { kind: 'chart' }>;

/** The text width in CSS pixels (96 per inch), which a figure is scaled down to fit. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

const SMALL = 18;
const MUTED = '555555';

/** The paragraphs of one figure; `png` is the chart's PNG when it is drawn. */
export function figureParagraphs(figure: BriefFigure, png: Uint8Array | undefined): Paragraph[] {
  if (figure.kind === 'not-drawn') {
    return [
      new Paragraph({ style: 'Caption', children: [new TextRun(figure.caption)] }),
      new Paragraph({ children: [new TextRun({ text: figure.reason, italics: true })] }),
      sourceParagraph(figure.sourceLine),
    ];
  }
  const scale = Math.min(1, TEXT_WIDTH_PX / figure.width);
  const transformation = {
    width: Math.round(figure.width * scale),
    height: Math.round(figure.height * scale),
  };
  const altText = { name: figure.fileName, title: figure.caption, description: figure.altText };
  if (!png) throw new Error(`figure ${figure.number} has no PNG`);
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(figure.svg),
    fallback: { type: 'png', data: png },
    transformation,
    altText,
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [
        new TextRun({ text: `Figure ${figure.number}. `, bold: true }),
        new TextRun(figure.caption),
      ],
    }),
    sourceParagraph(figure.sourceLine),
  ];
}

function sourceParagraph(line: string): Paragraph {
  return new Paragraph({
    spacing: { after: 240 },
    children: [new TextRun({ text: line, size: SMALL, color: MUTED })],
  });
}
