/**
 * The third start-up baseline: the app's own first screen as a page with no script. The DOM the
 * app had when it marked its first chart painted is copied with the app's stylesheets and fonts;
 * its scripts (and the inline boot data) are dropped, and a script that only marks "painted" is
 * put in their place. Loading it costs what showing this screen costs at all (HTML, style,
 * layout, fonts, paint) however it is drawn, so the app's ratio to it is the cost of its code.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { newContext } from '../support/app';
import { FIRST_CHART_MARK, markTime } from './start';

/** Whatever is not code: the stylesheets, fonts and images the copied DOM refers to. */
const ASSET = /\.(css|woff2?|svg|png)$/;

/**
 * Writes the copy into `pageDir` (a built `bench/first-screen` page, whose one module script
 * marks "painted"), beside the app's assets from `rendererDir`.
 */
export async function copyFirstScreen(
  browser: Browser,
  appUrl: string,
  rendererDir: string,
  pageDir: string,
): Promise<void> {
  const context = await newContext(browser, { viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await markTime(page, FIRST_CHART_MARK);
    const html = await page.evaluate(() => {
      // What a control shows is a property, not in the markup: write it as attributes.
      for (const select of document.querySelectorAll('select')) {
        select.options[select.selectedIndex]?.setAttribute('selected', '');
      }
      for (const input of document.querySelectorAll('input')) {
        input.setAttribute('value', input.value);
        if (input.checked) input.setAttribute('checked', '');
      }
      for (const area of document.querySelectorAll('textarea')) area.textContent = area.value;
      return document.documentElement.outerHTML;
    });
    const built = await readFile(path.join(pageDir, 'index.html'), 'utf8');
    const marker = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/.exec(built);
    if (!marker) throw new Error(`${pageDir}/index.html has no module script`);
    const copy = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
      .replace('</body>', `${marker[0]}</body>`);
    if (/<script\b/.test(copy.replace(marker[0], '')))
      throw new Error('a script is left in the copy');
    await writeFile(path.join(pageDir, 'index.html'), `<!doctype html>\n${copy}`);
    const from = path.join(rendererDir, 'assets');
    await mkdir(path.join(pageDir, 'assets'), { recursive: true });
    for (const file of (await readdir(from)).filter((f) => ASSET.test(f))) {
      await copyFile(path.join(from, file), path.join(pageDir, 'assets', file));
    }
  } finally {
    await context.close();
  }
}
