import type { Locator, Page, TestInfo } from '@playwright/test';

type Scheme = 'light' | 'dark';

interface ShotOptions {
  /** An element to shoot instead of the whole page. */
  readonly target?: Locator;
  /** Each scheme in turn, then back to light; without it, the page as it is. */
  readonly schemes?: readonly Scheme[];
}

/** Screenshots named `<name>-<scheme>.png`, attached to the test and kept under test-results. */
export async function shoot(
  page: Page,
  info: TestInfo,
  name: string,
  { target, schemes }: ShotOptions = {},
): Promise<void> {
  const current = async (): Promise<Scheme> =>
    (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
      ? 'dark'
      : 'light';
  for (const scheme of schemes ?? [await current()]) {
    if (schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      // The theme's transitions settle before the shot.
      await page.waitForTimeout(100);
    }
    const file = info.outputPath(`${name}-${scheme}.png`);
    await (target ?? page).screenshot({ path: file });
    await info.attach(`${name}-${scheme}`, { path: file, contentType: 'image/png' });
  }
  if (schemes) await page.emulateMedia({ colorScheme: 'light' });
}
