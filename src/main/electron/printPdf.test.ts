import { describe, expect, it } from 'vitest';
import { PRINT_PAGE_POLICY } from '../../core/security/csp';
import { PrintPages } from './printPages';
import { printHtmlToPdf, type PdfWindow } from './printPdf';

interface FakeWindow extends PdfWindow {
  readonly calls: string[];
  /** What the page at the loaded URL answered, as Chromium would have received it. */
  served?: { status: number; csp: string | null; html: string };
}

/** A window that loads a URL as Chromium would: through the app scheme's handler. */
function fakeWindow(pages: PrintPages, fail?: 'load' | 'print'): FakeWindow {
  const calls: string[] = [];
  const window: FakeWindow = {
    calls,
    webContents: {
      loadURL: async (url) => {
        calls.push(`load:${url}`);
        const response = pages.serve(url);
        if (!response) throw new Error(`no handler for ${url}`);
        window.served = {
          status: response.status,
          csp: response.headers.get('Content-Security-Policy'),
          html: await response.text(),
        };
        if (fail === 'load') throw new Error('load failed');
      },
      printToPDF: async (options) => {
        calls.push(`print:${JSON.stringify(options)}`);
        if (fail === 'print') throw new Error('print failed');
        return new TextEncoder().encode('%PDF-1.7');
      },
    },
    destroy: () => calls.push('destroy'),
  };
  return window;
}

describe('printHtmlToPdf', () => {
  it('loads the document from the app scheme, prints with page numbers and an outline, then closes', async () => {
    const pages = new PrintPages();
    const window = fakeWindow(pages);
    const pdf = await printHtmlToPdf('<!DOCTYPE html><h1>Brief – ¥</h1>', () => window, pages);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(window.calls[0]).toMatch(/^load:app:\/\/diptych\/__print\/[A-Za-z0-9_-]{32}\.html$/);
    expect(window.served).toEqual({
      status: 200,
      csp: PRINT_PAGE_POLICY,
      html: '<!DOCTYPE html><h1>Brief – ¥</h1>',
    });
    const options = JSON.parse(window.calls[1]!.slice('print:'.length)) as Record<string, unknown>;
    expect(options).toMatchObject({ generateDocumentOutline: true, displayHeaderFooter: true });
    expect(options['footerTemplate']).toContain('<span class="pageNumber"></span>');
    expect(options['footerTemplate']).toContain('<span class="totalPages"></span>');
    expect(window.calls.at(-1)).toBe('destroy');
  });

  it('prints a brief far over the 2 MB a data: URL may hold, and holds it no longer than the print', async () => {
    const pages = new PrintPages();
    const window = fakeWindow(pages);
    const big = `<!DOCTYPE html><p>${'figure '.repeat(600_000)}</p>`;
    expect(big.length).toBeGreaterThan(4_000_000);
    await printHtmlToPdf(big, () => window, pages);
    expect(window.served!.html).toBe(big);
    expect(pages.size).toBe(0);
    const url = window.calls[0]!.slice('load:'.length);
    expect(pages.serve(url)!.status).toBe(404);
  });

  it('closes the hidden window and lets the page go when loading or printing fails', async () => {
    for (const fail of ['load', 'print'] as const) {
      const pages = new PrintPages();
      const window = fakeWindow(pages, fail);
      await expect(printHtmlToPdf('<p>x</p>', () => window, pages)).rejects.toThrow(
        `${fail} failed`,
      );
      expect(window.calls.at(-1)).toBe('destroy');
      expect(pages.size).toBe(0);
    }
  });

  it('lets the page go when no window could be opened', async () => {
    const pages = new PrintPages();
    const open = (): PdfWindow => {
      throw new Error('no window');
    };
    await expect(printHtmlToPdf('<p>x</p>', open, pages)).rejects.toThrow('no window');
    expect(pages.size).toBe(0);
  });
});

describe('PrintPages', () => {
  it('answers only the token it gave, and leaves every other app URL to the app’s files', () => {
    const pages = new PrintPages();
    const page = pages.add('<p>brief</p>');
    const other = pages.add('<p>other</p>');
    expect(page.url).not.toBe(other.url);
    expect(pages.serve(page.url)!.status).toBe(200);
    const wrong = page.url.replace(/[A-Za-z0-9_-]{32}/, 'A'.repeat(32));
    expect(pages.serve(wrong)!.status).toBe(404);
    expect(pages.serve('app://diptych/__print/../index.html')).toBeNull();
    expect(pages.serve('app://diptych/__print/x.html')!.status).toBe(404);
    expect(pages.serve('app://diptych/index.html')).toBeNull();
    expect(pages.serve('app://elsewhere/__print/x.html')).toBeNull();
    expect(pages.serve('not a url')).toBeNull();
  });

  it('serves a page with a policy that runs no script and fetches nothing', () => {
    expect(PRINT_PAGE_POLICY).toContain("default-src 'none'");
    expect(PRINT_PAGE_POLICY).toContain("script-src 'none'");
    expect(PRINT_PAGE_POLICY).not.toMatch(/'self'|https?:|'unsafe-eval'/);
  });
});
