/**
 * How an exported SVG's text renders on its own, in a blank page that has no font of the app's:
 * which of the file's own `@font-face` rules loaded, and whether the text is set in them (its
 * width differs once the file's `<style>` is taken away and the fallback fonts set it instead).
 */
import type { BrowserContext } from '@playwright/test';

export interface EmbeddedFontUse {
  /** `family weight` of every face the file declares that the page loaded. */
  readonly loaded: readonly string[];
  /** The width of the file's first text, in its own font and without the file's `<style>`. */
  readonly width: { readonly embedded: number; readonly fallback: number };
}

export async function embeddedFontUse(
  context: BrowserContext,
  svg: string,
): Promise<EmbeddedFontUse> {
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => `${f.family} ${f.weight}`);
      const text = document.querySelector<SVGTextElement>('svg text')!;
      const embedded = text.getComputedTextLength();
      document.querySelectorAll('svg style').forEach((s) => s.remove());
      await document.fonts.ready;
      return { loaded, width: { embedded, fallback: text.getComputedTextLength() } };
    });
  } finally {
    await page.close();
  }
}
