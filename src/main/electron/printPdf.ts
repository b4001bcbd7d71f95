/**
 * Prints a self-contained HTML document (a brief) to PDF in a hidden, sandboxed window with no
 * script, loaded from the app's own scheme (`printPages.ts` says why not a `data:` URL): page
 * numbers in the footer, the document's headings as the PDF's outline. The window is passed in,
 * so the options and the clean-up are tested with a fake.
 */
import type { PrintToPDFOptions } from 'electron';
import type { PrintPages } from './printPages';

/** What printing needs of a window: Electron's BrowserWindow has it. */
export interface PdfWindow {
  readonly webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

const SMALL = 'font-family: Inter, Arial, sans-serif; font-size: 8px; color: #555; width: 100%;';

export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  displayHeaderFooter: true,
  // Chromium fills the spans of these classes; nothing else of the page reaches them.
  headerTemplate: `<div style="${SMALL} padding: 0 16mm; text-align: right;"><span class="title"></span></div>`,
  footerTemplate: `<div style="${SMALL} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
};

/** Prints `html`, held in `pages` (served by the app's scheme) only while it is printed. */
export async function printHtmlToPdf(
  html: string,
  open: () => PdfWindow,
  pages: PrintPages,
): Promise<Uint8Array> {
  const page = pages.add(html);
  try {
    const window = open();
    try {
      await window.webContents.loadURL(page.url);
      return await window.webContents.printToPDF(PDF_OPTIONS);
    } finally {
      window.destroy();
    }
  } finally {
    page.release();
  }
}
