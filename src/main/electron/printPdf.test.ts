import { describe, expect, it } from 'vitest';
import { printHtmlToPdf, type PdfWindow } from './printPdf';

function fakeWindow(fail?: 'load' | 'print'): PdfWindow & { calls: string[]; url?: string } {
  const calls: string[] = [];
  const window: PdfWindow & { calls: string[]; url?: string } = {
    calls,
    webContents: {
      loadURL: async (url) => {
        calls.push('load');
        window.url = url;
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
  it('loads the document itself, prints with page numbers and an outline, then closes', async () => {
    const window = fakeWindow();
    const pdf = await printHtmlToPdf('<!DOCTYPE html><h1>Brief – ¥</h1>', () => window);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(Buffer.from(window.url!.split(',')[1]!, 'base64').toString('utf8')).toBe(
      '<!DOCTYPE html><h1>Brief – ¥</h1>',
    );
    expect(window.url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    const options = JSON.parse(window.calls[1]!.slice('print:'.length)) as Record<string, unknown>;
    expect(options).toMatchObject({ generateDocumentOutline: true, displayHeaderFooter: true });
    expect(options['footerTemplate']).toContain('<span class="pageNumber"></span>');
    expect(options['footerTemplate']).toContain('<span class="totalPages"></span>');
    expect(window.calls.at(-1)).toBe('destroy');
  });

  it('closes the hidden window when loading or printing fails', async () => {
    for (const fail of ['load', 'print'] as const) {
      const window = fakeWindow(fail);
      await expect(printHtmlToPdf('<p>x</p>', () => window)).rejects.toThrow(`${fail} failed`);
      expect(window.calls.at(-1)).toBe('destroy');
    }
  });
});
