/** The system clipboard as a test reads it: from the page in a browser, from main in Electron. */
import type { Page } from '@playwright/test';
import { electronAppOf } from './savedFile';

/** Lets the browser page read the clipboard; Electron's page never may, so main reads it there. */
export async function allowClipboardReading(page: Page, origin: string | undefined): Promise<void> {
  if (electronAppOf(page)) return;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: origin ?? new URL(page.url()).origin,
  });
}

export async function clipboardText(page: Page): Promise<string> {
  const electron = electronAppOf(page);
  if (electron) return electron.evaluate(({ clipboard }) => clipboard.readText());
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The first 24 bytes of the PNG on the clipboard (enough for its size), or null. */
export async function clipboardPngHead(page: Page): Promise<number[] | null> {
  const electron = electronAppOf(page);
  if (electron) {
    return electron.evaluate(({ clipboard }) => {
      // The main process's clipboard; the typings here describe the renderer's, without images.
      const main = clipboard as unknown as { readImage(): { isEmpty(): boolean; toPNG(): Buffer } };
      const image = main.readImage();
      return image.isEmpty() ? null : Array.from(image.toPNG().subarray(0, 24));
    });
  }
  return page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const png = items.find((i) => i.types.includes('image/png'));
    if (!png) return null;
    const bytes = new Uint8Array(await (await png.getType('image/png')).arrayBuffer());
    return Array.from(bytes.subarray(0, 24));
  });
}
