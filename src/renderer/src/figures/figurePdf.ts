/**
 * A figure as a vector PDF, drawn from the same SVG as every other format by jsPDF and
 * svg2pdf.js, with Inter embedded. Chosen over Electron's printToPDF because it runs the same
 * in the desktop app and in a browser, and maps the SVG to PDF paths and text one for one.
 */
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import interSemibold from '@fontsource/inter/files/inter-latin-600-normal.woff?url';
import type { ExportedSvg } from '../charts/export/buildExportSvg';
import { woffToTtf } from './woffToTtf';

/** PDF points per CSS pixel: 72 per inch over 96. */
const PT_PER_PX = 0.75;

let fonts: Promise<readonly [string, string]> | undefined;

async function ttfBase64(url: string): Promise<string> {
  const woff = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const ttf = woffToTtf(woff);
  let binary = '';
  for (let i = 0; i < ttf.length; i += 0x8000) {
    binary += String.fromCharCode(...ttf.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function figurePdf(figure: ExportedSvg, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  fonts ??= Promise.all([ttfBase64(interRegular), ttfBase64(interSemibold)]);
  const [regular, semibold] = await fonts;
  const width = figure.width * PT_PER_PX;
  const height = figure.height * PT_PER_PX;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [width, height],
    orientation: width > height ? 'landscape' : 'portrait',
    compress: true,
  });
  pdf.addFileToVFS('Inter-Regular.ttf', regular);
  pdf.addFont('Inter-Regular.ttf', 'Inter', 'normal', 'normal');
  pdf.addFileToVFS('Inter-SemiBold.ttf', semibold);
  pdf.addFont('Inter-SemiBold.ttf', 'Inter', 'normal', 'bold');
  pdf.setDocumentProperties({ title, creator: 'Diptych' });
  const element = new DOMParser().parseFromString(figure.svg, 'image/svg+xml').documentElement;
  // The PDF embeds its own font; the SVG's @font-face would only be refused by the page's CSP.
  element.querySelectorAll('style').forEach((style) => style.remove());
  // svg2pdf reads styles from a laid-out element: it is attached off-screen while drawn.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0';
  holder.append(element);
  document.body.append(holder);
  try {
    await svg2pdf(element, pdf, { x: 0, y: 0, width, height });
  } finally {
    holder.remove();
  }
  return pdf.output('blob');
}
