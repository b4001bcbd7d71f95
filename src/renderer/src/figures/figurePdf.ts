/**
 * A figure as a vector PDF, drawn from the same SVG as every other format by jsPDF and
 * svg2pdf.js, one page per SVG page, with Inter embedded. Chosen over Electron's printToPDF
 * because it runs the same in the desktop app and in a browser, and maps the SVG to PDF paths
 * and text one for one.
 */
import interItalic from './fonts/inter-figure-400-italic.ttf?url';
import interRegular from './fonts/inter-figure-400.ttf?url';
import interSemibold from './fonts/inter-figure-600.ttf?url';
import type { jsPDF as JsPdf } from 'jspdf';
import type { svg2pdf as Svg2Pdf } from 'svg2pdf.js';

/** One page of a figure: its SVG and its size in CSS pixels. */
export interface SvgPage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** PDF points per CSS pixel: 72 per inch over 96. */
const PT_PER_PX = 0.75;

const FILES = {
  regular: { url: interRegular, file: 'Inter-Regular.ttf' },
  semibold: { url: interSemibold, file: 'Inter-SemiBold.ttf' },
  italic: { url: interItalic, file: 'Inter-Italic.ttf' },
} as const;

/**
 * The faces jsPDF is given, one per weight and style svg2pdf may ask for (it looks `600normal`
 * up for weight 600): up to 500 drawn regular and from 600 semibold, as a browser matches the
 * SVG's two faces, so no text falls to a PDF base font without ≈ or →.
 */
const FACES = [100, 200, 300, 400, 500, 600, 700, 800, 900].flatMap((weight) => {
  const upright = weight <= 500 ? FILES.regular : FILES.semibold;
  const slanted = weight <= 500 ? FILES.italic : FILES.semibold;
  return [
    { ...upright, style: 'normal', weight },
    { ...slanted, style: 'italic', weight },
  ];
});

let fonts: Promise<ReadonlyMap<string, string>> | undefined;

async function base64Of(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function loadFonts(): Promise<ReadonlyMap<string, string>> {
  fonts ??= Promise.all(
    Object.values(FILES).map(async ({ url }) => [url, await base64Of(url)] as const),
  ).then((entries) => new Map(entries));
  return fonts;
}

function registerFonts(pdf: JsPdf, data: ReadonlyMap<string, string>): void {
  for (const { url, file } of Object.values(FILES)) pdf.addFileToVFS(file, data.get(url) ?? '');
  for (const face of FACES) pdf.addFont(face.file, 'Inter', face.style, face.weight);
}

export async function figurePdf(pages: readonly SvgPage[], title: string): Promise<Blob> {
  const first = pages[0];
  if (!first) throw new Error('the figure has no page to write');
  const [{ jsPDF }, { svg2pdf }, data] = await Promise.all([
    import('jspdf'),
    import('svg2pdf.js'),
    loadFonts(),
  ]);
  const size = (page: SvgPage): [number, number] => [
    page.width * PT_PER_PX,
    page.height * PT_PER_PX,
  ];
  const orientation = ([w, h]: [number, number]) => (w > h ? 'landscape' : 'portrait');
  const pdf = new jsPDF({
    unit: 'pt',
    format: size(first),
    orientation: orientation(size(first)),
    compress: true,
  });
  registerFonts(pdf, data);
  pdf.setDocumentProperties({ title, creator: 'Diptych' });
  for (const [index, page] of pages.entries()) {
    const [width, height] = size(page);
    if (index > 0) pdf.addPage([width, height], orientation([width, height]));
    await drawPage(pdf, page, width, height, svg2pdf);
  }
  return pdf.output('blob');
}

async function drawPage(
  pdf: JsPdf,
  page: SvgPage,
  width: number,
  height: number,
  svg2pdf: typeof Svg2Pdf,
): Promise<void> {
  const element = new DOMParser().parseFromString(page.svg, 'image/svg+xml').documentElement;
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
}
