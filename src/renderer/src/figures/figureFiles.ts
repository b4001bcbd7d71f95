/** A drawn figure as the files it leaves in: SVG as drawn, PNG at a density, vector PDF. */
import type { ExportedSvg } from '../charts/export/buildExportSvg';
import { svgToPng } from '../charts/export/rasterize';
import { figurePdf, type SvgPage } from './figurePdf';

export type FigureFormat = 'svg' | 'png' | 'pdf';

export function svgBlob(figure: ExportedSvg): Blob {
  return new Blob([figure.svg], { type: 'image/svg+xml' });
}

/** The PNG at `scale` pixels per CSS pixel; its pHYs records 96 × scale dpi. */
export function pngBlob(figure: ExportedSvg, scale: number): Promise<Blob> {
  return svgToPng(figure.svg, figure.width, figure.height, scale);
}

/** One PDF of every page, each page the size of its SVG. */
export function pdfBlob(pages: SvgPage | readonly SvgPage[], title: string): Promise<Blob> {
  return figurePdf(Array.isArray(pages) ? pages : [pages as SvgPage], title);
}
